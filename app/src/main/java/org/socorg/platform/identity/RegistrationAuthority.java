package org.socorg.platform.identity;

/**
 * A registration authority (登记管理机关) as the sign-on service knows it: its administrative division code, its name
 * in both languages and its level ({@code national}, {@code provincial}, {@code city}).
 */
public record RegistrationAuthority(String divisionCode, String nameZh, String nameEn, String level) {

    /** The name in the user's language, with the code to tell two of a name apart: 广州市民政局（440100）. */
    public String label(boolean english) {
        String name = english ? nameEn : nameZh;
        return name == null || name.isBlank() ? divisionCode : name + "（" + divisionCode + "）";
    }
}
