package org.socorg.platform.workbench;

/**
 * A problem found in a model.
 *
 * @param rule {@code engine} for what the process engine itself refuses, else the platform rule's name
 * @param elementId the element it concerns, to highlight on the diagram; null for the whole model
 */
public record ModelProblem(Severity severity, String rule, String elementId, String messageZh, String messageEn) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
