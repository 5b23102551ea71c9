package org.socorg.platform.organization;

import java.text.Normalizer;

/** How names are compared for the "same name in the same jurisdiction" rule. */
public final class OrganizationNames {

    private OrganizationNames() {
    }

    /**
     * Full-width and half-width forms, surrounding and inner whitespace do not make a different name:
     * "北京 市 慈善基金会" and "北京市慈善基金会" are the same name for the registry.
     */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return nfkc.replaceAll("\\s+", "");
    }
}
