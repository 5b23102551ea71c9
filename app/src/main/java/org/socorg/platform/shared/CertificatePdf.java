package org.socorg.platform.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The layout every certificate the authority issues shares (登记证书, 公开募捐资格证书): a red title in Chinese with
 * its English below, the labelled fields (Chinese and English label, value), a QR code of the public verification
 * page with its address, and the issuing authority. Chinese text uses the PDF standard CJK font STSong-Light with the
 * UniGB-UCS2-H encoding (Adobe-GB1), which every PDF reader supplies: OpenPDF carries its metrics, so nothing needs to
 * be installed on the server and no font file is embedded.
 */
public final class CertificatePdf {

    /** One labelled field of a certificate. */
    public record Field(String labelZh, String labelEn, String value) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final BaseFont SONG = song();

    private CertificatePdf() {
    }

    private static BaseFont song() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's CJK font STSong-Light is missing", e);
        }
    }

    /** A date as certificates print it: 2026年12月4日 (2026-12-04). */
    public static String date(LocalDate day) {
        return DATE.format(day) + " (" + day + ")";
    }

    /**
     * The certificate as PDF (A4 landscape).
     *
     * @param subject the document's subject metadata (what it certifies, with the number or code)
     * @param issuer  the issuing authority, printed at the foot and as the document's creator
     */
    public static byte[] render(String titleZh, String titleEn, String subject, String issuer, List<Field> fields,
            String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 48, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(titleZh + " " + fields.get(0).value());
            document.addSubject(subject);
            document.addCreator(issuer);
            document.open();

            Paragraph heading = new Paragraph(titleZh, new Font(SONG, 28, Font.BOLD, RED));
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph english = new Paragraph(titleEn, new Font(SONG, 11, Font.NORMAL, Color.DARK_GRAY));
            english.setAlignment(Element.ALIGN_CENTER);
            english.setSpacingAfter(18);
            document.add(english);

            PdfPTable layout = new PdfPTable(new float[] {3.2f, 1f});
            layout.setWidthPercentage(100);
            PdfPTable table = new PdfPTable(new float[] {1.1f, 3f});
            table.setWidthPercentage(100);
            fields.forEach(f -> row(table, f));
            PdfPCell left = new PdfPCell(table);
            left.setBorder(PdfPCell.NO_BORDER);
            layout.addCell(left);

            PdfPTable qr = new PdfPTable(1);
            PdfPCell code = new PdfPCell(qrCode(verifyUrl), true);
            code.setBorder(PdfPCell.NO_BORDER);
            code.setPadding(4);
            qr.addCell(code);
            PdfPCell caption = new PdfPCell(new Phrase("扫码核验 Scan to verify\n" + verifyUrl,
                    new Font(SONG, 8, Font.NORMAL, Color.DARK_GRAY)));
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setHorizontalAlignment(Element.ALIGN_CENTER);
            qr.addCell(caption);
            PdfPCell right = new PdfPCell(qr);
            right.setBorder(PdfPCell.NO_BORDER);
            right.setVerticalAlignment(Element.ALIGN_TOP);
            layout.addCell(right);
            document.add(layout);

            Paragraph issued = new Paragraph(issuer + "（发证机关 Issued by）", new Font(SONG, 12, Font.NORMAL));
            issued.setAlignment(Element.ALIGN_RIGHT);
            issued.setSpacingBefore(16);
            document.add(issued);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, Field field) {
        PdfPCell label = new PdfPCell(new Phrase(field.labelZh() + "\n" + field.labelEn(),
                new Font(SONG, 10, Font.BOLD, Color.DARK_GRAY)));
        label.setPadding(5);
        label.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(label);
        String value = field.value();
        PdfPCell cell = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value,
                new Font(SONG, 12, Font.NORMAL)));
        cell.setPadding(5);
        cell.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(cell);
    }

    private static Image qrCode(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 360, 360,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return Image.getInstance(png.toByteArray());
        } catch (WriterException | IOException | DocumentException e) {
            throw new IllegalStateException("the certificate's QR code could not be drawn", e);
        }
    }
}
