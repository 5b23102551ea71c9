package org.socorg.platform.disclosure.internal;

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
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.stereotype.Component;

/**
 * Renders the registration certificate (登记证书) as PDF. Chinese text uses the PDF standard CJK font STSong-Light
 * with the UniGB-UCS2-H encoding (Adobe-GB1), which every PDF reader supplies: OpenPDF carries its metrics, so
 * nothing needs to be installed on the server and no font file is embedded.
 */
@Component
public class CertificateDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Color RED = new Color(0xB0, 0x1E, 0x23);

    private final BaseFont song;

    CertificateDocument() {
        try {
            song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's CJK font STSong-Light is missing", e);
        }
    }

    /** The certificate of {@code o}; its QR code opens {@code verifyUrl}. */
    public byte[] render(Organization o, String verifyUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 48, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title(o.orgType()) + " " + o.name());
            document.addSubject("登记证书 Registration certificate " + o.creditCode());
            document.addCreator(o.registrationAuthority());
            document.open();

            Paragraph heading = new Paragraph(title(o.orgType()), new Font(song, 28, Font.BOLD, RED));
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph english = new Paragraph("Registration Certificate — " + o.orgType().nameEn(),
                    new Font(song, 11, Font.NORMAL, Color.DARK_GRAY));
            english.setAlignment(Element.ALIGN_CENTER);
            english.setSpacingAfter(18);
            document.add(english);

            PdfPTable layout = new PdfPTable(new float[] {3.2f, 1f});
            layout.setWidthPercentage(100);
            PdfPTable fields = new PdfPTable(new float[] {1.1f, 3f});
            fields.setWidthPercentage(100);
            row(fields, "名称", "Name", o.name());
            row(fields, "统一社会信用代码", "Credit code", o.creditCode());
            row(fields, "证书编号", "Certificate no.", o.certificateNumber());
            row(fields, "类型", "Type", o.orgType().nameZh() + " / " + o.orgType().nameEn());
            row(fields, "法定代表人", "Legal representative", o.legalRepresentative());
            row(fields, "住所", "Address", o.address());
            row(fields, "业务范围", "Business scope", o.businessScope());
            row(fields, o.orgType() == OrganizationType.FOUNDATION ? "原始基金" : "活动资金",
                    o.orgType() == OrganizationType.FOUNDATION ? "Original fund" : "Activity funds",
                    o.activityFunds().stripTrailingZeros().toPlainString() + " 元 CNY");
            row(fields, "登记管理机关", "Registration authority", o.registrationAuthority());
            row(fields, "有效期", "Valid", DATE.format(o.certificateValidFrom()) + " 至 "
                    + DATE.format(o.certificateValidTo()) + " (" + o.certificateValidFrom() + " – "
                    + o.certificateValidTo() + ")");
            PdfPCell left = new PdfPCell(fields);
            left.setBorder(PdfPCell.NO_BORDER);
            layout.addCell(left);

            PdfPTable qr = new PdfPTable(1);
            PdfPCell code = new PdfPCell(qrCode(verifyUrl), true);
            code.setBorder(PdfPCell.NO_BORDER);
            code.setPadding(4);
            qr.addCell(code);
            PdfPCell caption = new PdfPCell(new Phrase("扫码核验 Scan to verify\n" + verifyUrl,
                    new Font(song, 8, Font.NORMAL, Color.DARK_GRAY)));
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setHorizontalAlignment(Element.ALIGN_CENTER);
            qr.addCell(caption);
            PdfPCell right = new PdfPCell(qr);
            right.setBorder(PdfPCell.NO_BORDER);
            right.setVerticalAlignment(Element.ALIGN_TOP);
            layout.addCell(right);
            document.add(layout);

            Paragraph issuer = new Paragraph(o.registrationAuthority() + "（发证机关 Issued by）",
                    new Font(song, 12, Font.NORMAL));
            issuer.setAlignment(Element.ALIGN_RIGHT);
            issuer.setSpacingBefore(16);
            document.add(issuer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be rendered", e);
        }
        return out.toByteArray();
    }

    private void row(PdfPTable table, String zh, String en, String value) {
        PdfPCell label = new PdfPCell(new Phrase(zh + "\n" + en, new Font(song, 10, Font.BOLD, Color.DARK_GRAY)));
        label.setPadding(5);
        label.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(label);
        PdfPCell cell = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value,
                new Font(song, 12, Font.NORMAL)));
        cell.setPadding(5);
        cell.setBorderColor(Color.LIGHT_GRAY);
        table.addCell(cell);
    }

    private static String title(OrganizationType type) {
        return switch (type) {
            case ASSOCIATION -> "社会团体法人登记证书";
            case SOCIAL_SERVICE -> "社会服务机构登记证书";
            case FOUNDATION -> "基金会法人登记证书";
        };
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
