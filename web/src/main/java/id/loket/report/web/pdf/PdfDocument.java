package id.loket.report.web.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * An A4 report document being written: headings, tables of figures and charts. A chart is drawn by
 * JFreeChart onto a PDF template through OpenPDF's {@link PdfGraphics2D}, so it stays vector (sharp
 * at any zoom, its labels are text). Closing finishes the PDF.
 */
final class PdfDocument implements AutoCloseable {

  static final float CHART_WIDTH = 515;
  static final float CHART_HEIGHT = 250;

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Font SMALL =
      FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
  private static final Color HEAD_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);

  private final Document document;
  private final PdfWriter writer;

  PdfDocument(OutputStream out, String title, String language) {
    document = new Document(PageSize.A4, 40, 40, 40, 40);
    writer = PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addCreator("Loket");
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
    document.open();
  }

  void title(String text) {
    add(new Paragraph(text, TITLE));
  }

  void note(String text) {
    Paragraph p = new Paragraph(text, SMALL);
    p.setSpacingAfter(6);
    add(p);
  }

  void heading(String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(10);
    p.setSpacingAfter(4);
    add(p);
  }

  /** A table: a header row, then the rows (each as many cells as the header). */
  void table(List<String> header, List<List<String>> rows) {
    table(header, rows, null);
  }

  /** A table whose columns have these relative widths (null: all alike). */
  void table(List<String> header, List<List<String>> rows, float[] widths) {
    PdfPTable table = widths == null ? new PdfPTable(header.size()) : new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingAfter(4);
    for (String h : header) {
      PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
      cell.setBackgroundColor(HEAD_BACKGROUND);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (int i = 0; i < header.size(); i++) {
        PdfPCell cell = new PdfPCell(new Phrase(i < row.size() ? row.get(i) : "", BODY));
        if (i > 0 && numeric(row.get(i))) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
      }
    }
    add(table);
  }

  /** A note instead of an empty table. */
  void empty(String text) {
    add(new Paragraph(new Chunk(text, SMALL)));
  }

  /** The chart, drawn as vectors, the width of the page. */
  void chart(JFreeChart chart) {
    PdfTemplate template = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
    Graphics2D g = new PdfGraphics2D(template, CHART_WIDTH, CHART_HEIGHT);
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
    } finally {
      g.dispose();
    }
    try {
      Image image = Image.getInstance(template);
      image.setAlignment(Element.ALIGN_CENTER);
      image.setSpacingBefore(6);
      image.setSpacingAfter(6);
      add(image);
    } catch (DocumentException e) {
      throw new IllegalStateException("The chart could not be placed", e);
    }
  }

  @Override
  public void close() {
    document.close();
  }

  private void add(Element element) {
    document.add(element);
  }

  private static boolean numeric(String text) {
    return !text.isEmpty()
        && (Character.isDigit(text.charAt(0)) || text.equals(PdfTexts.NONE))
        && text.chars().noneMatch(Character::isLetter);
  }
}
