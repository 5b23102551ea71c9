package org.socorg.platform.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bilingual form texts ("中文 / English", as the forms in {@code forms/} carry them) show in one language. */
class TextsTest {

    private static final Texts ZH = Texts.of(Texts.CHINESE);
    private static final Texts EN = Texts.of(Locale.ENGLISH);

    @Test
    void splits_at_the_spaced_slash() {
        assertThat(ZH.pick("变更理由 / Reason for the change")).isEqualTo("变更理由");
        assertThat(EN.pick("变更理由 / Reason for the change")).isEqualTo("Reason for the change");
    }

    @Test
    void splits_after_a_full_width_bracket_as_analysts_type_it() {
        assertThat(ZH.pick("新活动资金（元）/ New activity funds (CNY)")).isEqualTo("新活动资金（元）");
        assertThat(EN.pick("新活动资金（元）/ New activity funds (CNY)")).isEqualTo("New activity funds (CNY)");
    }

    @Test
    void keeps_a_slash_inside_a_phrase_and_a_text_in_one_language_whole() {
        assertThat(ZH.pick("召开理事会/会员（代表）大会次数 / Board or members' meetings held"))
                .isEqualTo("召开理事会/会员（代表）大会次数");
        assertThat(EN.pick("召开理事会/会员（代表）大会次数 / Board or members' meetings held"))
                .isEqualTo("Board or members' meetings held");
        assertThat(ZH.pick("理事会/会员")).isEqualTo("理事会/会员");
        assertThat(EN.pick("see /api/docs")).isEqualTo("see /api/docs");
        assertThat(ZH.pick(null)).isEmpty();
    }
}
