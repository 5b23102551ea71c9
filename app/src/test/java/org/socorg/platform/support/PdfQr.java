package org.socorg.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Reads the QR code a certificate PDF carries on its first page, as a phone's camera would read the printout. */
public final class PdfQr {

    private PdfQr() {
    }

    public static String decode(PDDocument pdf) throws Exception {
        PDResources resources = pdf.getPage(0).getResources();
        List<BufferedImage> images = new ArrayList<>();
        collectImages(resources, images);
        assertThat(images).as("the QR code image").isNotEmpty();
        BufferedImage image = images.get(0);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }

    private static void collectImages(PDResources resources, List<BufferedImage> out) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            var x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                out.add(image.getImage());
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectImages(form.getResources(), out);
            }
        }
    }
}
