package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.Mentions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.acredita.selfassessment.internal.Mentions.Part;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsUserNamesAfterAnAtSign() {
        assertThat(Mentions.usernames("@gerente.policia ¿y @Asesora? Gracias, @asesor. Ver @calea.pm, (@personal-1)"))
                .containsExactly("gerente.policia", "asesora", "asesor", "calea.pm", "personal-1");
    }

    @Test
    void ignoresAddressesShortNamesAndRepeats() {
        assertThat(Mentions.usernames("correo: buzon@policia.gob.mx, @ab, @@doble, @asesor @asesor")).containsExactly(
                "asesor");
        assertThat(Mentions.usernames(null)).isEmpty();
        assertThat(Mentions.usernames("sin menciones")).isEmpty();
    }

    @Test
    void notifiesAtMostTwentyPeoplePerComment() {
        String many = IntStream.range(0, 30).mapToObj(i -> "@persona" + i).collect(Collectors.joining(" "));
        assertThat(Mentions.usernames(many)).hasSize(Mentions.MAX);
    }

    @Test
    void cutsTheCommentIntoTextAndMentionsWithoutLosingAnything() {
        String body = "@asesor ¿basta? Copio a @gerente.policia. <b>fin</b>";
        assertThat(Mentions.parts(body)).containsExactly(new Part("@asesor", true), new Part(" ¿basta? Copio a ", false),
                new Part("@gerente.policia", true), new Part(". <b>fin</b>", false));
        assertThat(Mentions.parts(body).stream().map(Part::text).collect(Collectors.joining())).isEqualTo(body);
        assertThat(Mentions.parts("buzon@policia.mx")).containsExactly(new Part("buzon@policia.mx", false));
        assertThat(Mentions.parts("")).isEmpty();
    }
}
