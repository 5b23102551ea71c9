package org.socorg.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failure page says what to do and gives an incident number, and shows nothing of the failure itself. */
class ErrorPagesTest {

    @Test
    void a_failure_shows_an_incident_number_and_no_detail_of_the_exception() {
        ErrorPages.Failure page = new ErrorPages.Failure();
        String incident = page.show(new IllegalStateException("SELECT * FROM secret_table at com.example.Foo"));
        String shown = page.getElement().getTextRecursively();

        assertThat(incident).matches("[0-9A-F]{8}");
        assertThat(shown).contains("暂时无法打开此页面", "事件编号：" + incident, "返回一网通查")
                .doesNotContain("secret_table", "IllegalStateException", "com.example");
        assertThat(new ErrorPages.Failure().show(new RuntimeException())).as("a new number each time")
                .isNotEqualTo(incident);
    }
}
