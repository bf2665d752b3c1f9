package workshop.cli.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebLibrariesTest {

    @Test
    void a_tarball_whose_hash_is_not_the_pinned_one_is_refused() {
        WebLibraries.Library revealJs = WebLibraries.LIBRARIES.get(0);

        assertThatThrownBy(() -> WebLibraries.verified(revealJs, "not reveal.js".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("its integrity is sha512-").hasMessageContaining(revealJs.integrity());
    }

    @Test
    void every_library_comes_from_the_npm_registry_pinned_by_version_and_hash() {
        assertThat(WebLibraries.LIBRARIES).allSatisfy(library -> {
            assertThat(library.tarball().toString()).startsWith("https://registry.npmjs.org/" + library.name() + "/-/");
            assertThat(library.integrity()).matches("sha512-[A-Za-z0-9+/]{86}==");
        });
    }
}
