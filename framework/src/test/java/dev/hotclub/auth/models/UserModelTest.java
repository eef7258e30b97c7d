package dev.hotclub.auth.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.auth.AuthDatabases;
import dev.hotclub.auth.hashers.Md5PasswordHasher;
import dev.hotclub.auth.hashers.PasswordHashers;
import dev.hotclub.db.TestDatabase;
import dev.hotclub.db.Vendor;
import dev.hotclub.db.models.FieldMeta;
import dev.hotclub.db.models.ModelMeta;
import dev.hotclub.db.polls.Choice;
import dev.hotclub.db.polls.Question;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UserModelTest {
    private static final PasswordHashers FAST = PasswordHashers.of(new Md5PasswordHasher());
    private static final UserModel<User> USERS = new UserModel<>(User.class, FAST);

    @Test
    void theUserTableHasDjangosColumnsInDjangosOrder() {
        ModelMeta meta = ModelMeta.of(User.class);
        assertThat(meta.dbTable()).isEqualTo("auth_user");
        assertThat(meta.fields().stream().filter(f -> f.column() != null).map(FieldMeta::column).toList()).containsExactly(
                "id", "password", "last_login", "is_superuser", "username", "first_name", "last_name", "email",
                "is_staff", "is_active", "date_joined");
        assertThat(meta.field("groups").orElseThrow().m2mTable()).isEqualTo("auth_user_groups");
        assertThat(meta.field("userPermissions").orElseThrow().m2mTable()).isEqualTo("auth_user_user_permissions");
        assertThat(ModelMeta.of(Group.class).field("permissions").orElseThrow().m2mTable()).isEqualTo("auth_group_permissions");
        assertThat(ModelMeta.of(Permission.class).dbTable()).isEqualTo("auth_permission");
        assertThat(ModelMeta.of(ContentType.class).dbTable()).isEqualTo("django_content_type");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void createUserHashesThePasswordAndNormalizesTheEmail(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            User alice = USERS.createUser("alice", "Alice@EXAMPLE.com", "s3cret pass");
            assertThat(alice.email).isEqualTo("Alice@example.com");
            assertThat(alice.password).startsWith("md5$");
            assertThat(alice.isActive).isTrue();
            assertThat(alice.isStaff).isFalse();
            User read = USERS.getByNaturalKey("alice").orElseThrow();
            assertThat(read.checkPassword("s3cret pass", FAST)).isTrue();
            assertThat(read.checkPassword("wrong", FAST)).isFalse();
            assertThat(USERS.getByNaturalKey("Alice")).isEmpty();
            User none = USERS.createUser("bob", null, null);
            assertThat(none.hasUsablePassword()).isFalse();
            User admin = USERS.createSuperuser("root", "root@example.com", "x");
            assertThat(admin.isStaff && admin.isSuperuser).isTrue();
            assertThatThrownBy(() -> USERS.createUser("", "", "x")).hasMessage("The given username must be set");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void permissionsAreDjangosFourPerModelAndHasPermUnionsGroups(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            Permissions.createFor(List.of(Question.class, Choice.class));
            assertThat(Permissions.createFor(List.of(Question.class))).isEmpty();
            assertThat(Permission.objects.filter("contentType__appLabel", "polls").valuesList("codename", "name").list())
                    .containsExactly(List.of("add_choice", "Can add choice"), List.of("change_choice", "Can change choice"),
                            List.of("delete_choice", "Can delete choice"), List.of("view_choice", "Can view choice"),
                            List.of("add_question", "Can add question"), List.of("change_question", "Can change question"),
                            List.of("delete_question", "Can delete question"), List.of("view_question", "Can view question"));
            assertThat(Permissions.get("polls.add_choice").toString()).isEqualTo("polls | choice | Can add choice");

            User alice = USERS.createUser("alice", "", "pw");
            assertThat(alice.hasPerm("polls.add_choice")).isFalse();
            alice.userPermissions.add(Permissions.get("polls.add_choice"));
            Group editors = Group.objects.create(g -> g.name = "editors");
            editors.permissions.add(Permissions.get("polls.change_question"), Permissions.get("polls.view_question"));
            alice.groups.add(editors);

            User fresh = USERS.getByNaturalKey("alice").orElseThrow();
            assertThat(fresh.getAllPermissions()).containsExactlyInAnyOrder("polls.add_choice", "polls.change_question",
                    "polls.view_question");
            assertThat(fresh.getGroupPermissions()).containsExactlyInAnyOrder("polls.change_question", "polls.view_question");
            assertThat(fresh.hasPerm("polls.change_question")).isTrue();
            assertThat(fresh.hasPerm("polls.delete_question")).isFalse();
            assertThat(fresh.hasPerms("polls.add_choice", "polls.view_question")).isTrue();
            assertThat(fresh.hasModulePerms("polls")).isTrue();
            assertThat(fresh.hasModulePerms("auth")).isFalse();
            TestDatabase.assertNumQueries(0, () -> fresh.hasPerm("polls.add_choice"));

            fresh.isActive = false;
            assertThat(fresh.hasPerm("polls.add_choice")).isFalse();
            User root = USERS.createSuperuser("root", "", "pw");
            assertThat(root.hasPerm("anything.at_all")).isTrue();
            root.isActive = false;
            assertThat(root.hasPerm("anything.at_all")).isFalse();
            assertThat(AnonymousUser.INSTANCE.hasPerm("polls.add_choice")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCustomUserModelHasTheSameBehaviourAndItsOwnFields(Vendor vendor) {
        try (TestDatabase.TestCase ignored = AuthDatabases.use(vendor)) {
            UserModel<CustomUser> users = new UserModel<>(CustomUser.class, FAST);
            CustomUser carol = users.createUser("carol", "c@example.com", "pw", u -> u.birthday = LocalDate.of(1990, 1, 2));
            Permissions.createFor(List.of(Question.class));
            Group g = Group.objects.create(x -> x.name = "g");
            g.permissions.add(Permissions.get("polls.view_question"));
            carol.groups.add(g);
            CustomUser fresh = users.getByNaturalKey("carol").orElseThrow();
            assertThat(fresh.birthday).isEqualTo(LocalDate.of(1990, 1, 2));
            assertThat(fresh.hasPerm("polls.view_question")).isTrue();
            assertThat(ModelMeta.of(CustomUser.class).dbTable()).isEqualTo("accounts_customuser");
        }
    }
}
