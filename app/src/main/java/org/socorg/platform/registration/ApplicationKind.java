package org.socorg.platform.registration;

/** What is applied for; each kind has its own BPMN process {@code registration-<kind>}. */
public enum ApplicationKind {
    /** 成立登记 */
    ESTABLISHMENT("registration-establishment"),
    /** 变更登记 */
    CHANGE("registration-change"),
    /** 注销登记 */
    DEREGISTRATION("registration-deregistration");

    private final String processKey;

    ApplicationKind(String processKey) {
        this.processKey = processKey;
    }

    public String processKey() {
        return processKey;
    }
}
