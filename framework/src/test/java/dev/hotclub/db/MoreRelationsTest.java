package dev.hotclub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hotclub.db.library.Author;
import dev.hotclub.db.library.Profile;
import dev.hotclub.db.library.Publisher;
import dev.hotclub.db.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MoreRelationsTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void oneToOneIsUniqueAndLooksUpBothWays(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author a = Author.objects.create(x -> x.name = "A");
            Profile p = Profile.objects.create(x -> { x.author.set(a); x.bio = "writes"; });
            assertThat(Author.objects.get("profile__bio", "writes")).isEqualTo(a);
            assertThat(Profile.objects.selectRelated("author").get("author__name", "A").author.get().name).isEqualTo("A");
            assertThatThrownBy(() -> Transaction.atomic(() -> Profile.objects.create(x -> x.author.set(a))))
                    .isInstanceOf(IntegrityError.class);
            assertThat(a.delete().perModel()).containsEntry("library.Profile", 1);
            assertThat(Profile.objects.filter("id", p.id).exists()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void setDefaultPutsTheFieldsDefaultBack(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author a = Author.objects.create(x -> x.name = "A");
            Publisher pub = Publisher.objects.create(x -> x.name = "P");
            Profile p = Profile.objects.create(x -> { x.author.set(a); x.favourite.set(pub); });
            pub.delete();
            p.refreshFromDb();
            assertThat(p.favourite.isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void selectForUpdateNeedsATransaction(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author.objects.create(x -> x.name = "A");
            String sql = Transaction.atomicGet(() -> Author.objects.selectForUpdate().sql());
            assertThat(sql.endsWith(" FOR UPDATE")).isEqualTo(vendor == Vendor.POSTGRESQL);
            assertThat(Transaction.atomicGet(() -> Author.objects.selectForUpdate().get("name", "A").name)).isEqualTo("A");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aManyToManyThroughAModelWithItsOwnFields(Vendor vendor) {
        try (TestDatabase.TestCase ignored = Backends.use(vendor)) {
            Author ann = Author.objects.create(x -> x.name = "Ann");
            Author bob = Author.objects.create(x -> x.name = "Bob");
            dev.hotclub.db.library.Club club = dev.hotclub.db.library.Club.objects.create(x -> x.name = "Chess");
            dev.hotclub.db.library.Membership.objects.create(m -> { m.person.set(ann); m.club.set(club); m.role = "chair"; });
            club.members.add(bob);
            assertThat(club.members.all().list()).containsExactly(ann, bob);
            assertThat(Author.objects.filter("clubs__name", "Chess").filter("membership__role", "chair").list()).containsExactly(ann);
            assertThat(dev.hotclub.db.library.Club.objects.filter("members__name", "Bob").count()).isEqualTo(1);
            assertThat(club.delete().perModel()).containsEntry("library.Membership", 2).containsEntry("library.Club", 1);
        }
    }
}
