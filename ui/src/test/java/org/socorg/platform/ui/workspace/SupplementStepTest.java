package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;

/** Answering a supplement request reopens the wizard at the step the officer's comment is about. */
class SupplementStepTest {

    private static FormRenderer form() {
        return new FormRenderer(FormDefinition.fromClasspath(EstablishmentWizardView.FORM), Texts.of(Locale.CHINA));
    }

    @Test
    void opens_the_step_of_the_field_the_officer_names() {
        FormRenderer form = form();
        assertThat(EstablishmentWizardView.stepConcerned(form, "请补正住所：缺少门牌号")).isEqualTo(2);
        assertThat(EstablishmentWizardView.stepConcerned(form, "活动资金/原始基金（元）与验资证明不符")).isEqualTo(1);
        assertThat(EstablishmentWizardView.stepConcerned(form, "Please correct the legal representative")).isZero();
        assertThat(EstablishmentWizardView.stepConcerned(form, "The business scope is too vague")).isEqualTo(2);
    }

    @Test
    void opens_the_documents_step_for_missing_documents_and_the_first_step_otherwise() {
        FormRenderer form = form();
        assertThat(EstablishmentWizardView.stepConcerned(form, "请补交章程草案等材料")).isEqualTo(form.stepCount());
        assertThat(EstablishmentWizardView.stepConcerned(form, "请核对")).isZero();
        assertThat(EstablishmentWizardView.stepConcerned(form, null)).isZero();
    }
}
