package org.socorg.platform.ui.workbench;

/** What only the workbench's views need; texts, times and refusals come from the workspace's {@code Ui}. */
final class WorkbenchUi {

    private WorkbenchUi() {
    }

    /** The file name a model downloads as: its resource name without the folders. */
    static String fileName(String resourceName) {
        String name = resourceName == null ? "model" : resourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
