package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.identity.Caller;

/** How the 转办 picker names colleagues: by the names people see, never by login unless two share a name. */
class DelegateDialogTest {

    private static Caller person(String id, String name) {
        return new Caller(id, name, Set.of("registration-officials"), "110000");
    }

    @Test
    void names_colleagues_by_their_names_and_tells_two_of_the_same_name_apart_by_user_name() {
        Caller zhou = person("reviewer1", "周九");
        Caller li = person("official2", "李四");
        Caller otherLi = person("official3", "李四");
        var label = DelegateDialog.label(List.of(zhou, li, otherLi));

        assertThat(label.apply(zhou)).isEqualTo("周九");
        assertThat(label.apply(li)).isEqualTo("李四（official2）");
        assertThat(label.apply(otherLi)).isEqualTo("李四（official3）");
    }
}
