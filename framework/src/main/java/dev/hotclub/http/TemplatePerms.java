package dev.hotclub.http;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Django's {@code perms} in templates ({@code PermWrapper}): {@code perms.polls.add_choice} is whether the user has
 * {@code polls.add_choice}; {@code perms.polls.any} whether they have any permission of the app. Read only as a
 * map by key: it does not list permissions.
 */
public final class TemplatePerms extends AbstractMap<String, Object> {
    private final RequestUser user;

    public TemplatePerms(RequestUser user) {
        this.user = user;
    }

    @Override
    public Object get(Object appLabel) {
        String app = String.valueOf(appLabel);
        return new AbstractMap<String, Object>() {
            @Override
            public Object get(Object codename) {
                return "any".equals(codename) ? user.hasModulePerms(app) : user.hasPerm(app + "." + codename);
            }

            @Override
            public boolean containsKey(Object key) {
                return true;
            }

            @Override
            public Set<Entry<String, Object>> entrySet() {
                return Set.of();
            }
        };
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Set.of();
    }

    @Override
    public String toString() {
        return "TemplatePerms[" + user + "]";
    }
}
