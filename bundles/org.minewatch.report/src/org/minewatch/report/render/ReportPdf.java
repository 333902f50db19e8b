package org.minewatch.report.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.minewatch.report.render.FontRoles.Role;

/**
 * Lays an {@link Outline} out as a PDF with the fonts embedded (subsets of the fonts {@link FontRoles} found), on the
 * same GB/T 9704 page as {@link OfficialDocx}: A4, the 156 × 225 mm type area, 16 pt text on a 28 pt line, the title at
 * 22 pt, headings by role, the table ruled, the chart drawn as columns, "— n —" at the foot of each page. Closing
 * punctuation never starts a line.
 */
public final class ReportPdf {

	private static final float MM = 72f / 25.4f;
	private static final float TOP = 37 * MM;
	private static final float BOTTOM = 35 * MM;
	private static final float LEFT = 28 * MM;
	private static final float RIGHT = 26 * MM;
	private static final float BODY = 16;
	private static final float LINE = 28;
	private static final String NO_LINE_START = "，。、；：？！）》」』”’%,.;:?!)"; //$NON-NLS-1$

	private final FontRoles fonts;

	public ReportPdf(FontRoles fonts) {
		this.fonts = fonts;
	}

	public void write(Outline outline, String colophonFonts, OutputStream out) throws IOException {
		try (PDDocument doc = new PDDocument(); Fonts loaded = new Fonts(doc, fonts)) {
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(outline.title);
			info.setAuthor(outline.agency);
			Pages pages = new Pages(doc, loaded);
			pages.text(outline.title, Role.TITLE, 22, 36, 0, Align.CENTER, false);
			pages.gap(LINE / 2);
			pages.text(outline.addressee, Role.BODY, BODY, LINE, 0, Align.LEFT, false);
			for (Outline.Block block : outline.blocks) {
				switch (block) {
				case Outline.Heading h -> pages.text(h.numbered(), h.level() == 1 ? Role.HEADING : h.level() == 2 ? Role.SUBHEADING : Role.BODY, BODY, LINE,
						2 * BODY, Align.LEFT, h.level() == 3);
				case Outline.Paragraph p -> pages.text(p.text(), Role.BODY, BODY, LINE, 2 * BODY, Align.LEFT, false);
				case Outline.Table t -> pages.table(t);
				case Outline.Chart c -> pages.chart(c);
				}
			}
			pages.gap(LINE);
			pages.text(outline.agency, Role.BODY, BODY, LINE, 0, Align.RIGHT, false);
			pages.text(outline.date, Role.BODY, BODY, LINE, 0, Align.RIGHT, false);
			pages.rule();
			for (String line : outline.colophon) {
				pages.text(line, Role.BODY, 10, 16, 0, Align.LEFT, false);
			}
			pages.text(colophonFonts, Role.BODY, 10, 16, 0, Align.LEFT, false);
			pages.close();
			pages.numbers();
			doc.save(out);
		}
	}

	private enum Align {
		LEFT, CENTER, RIGHT
	}

	/** The fonts of the roles loaded into the document once per file, with their Unicode maps to tell a missing glyph. */
	private static final class Fonts implements Closeable {
		final Map<Role, PDType0Font> byRole = new EnumMap<>(Role.class);
		final Map<Role, TrueTypeFont> files = new EnumMap<>(Role.class);
		private final List<Closeable> open = new ArrayList<>();

		Fonts(PDDocument doc, FontRoles roles) throws IOException {
			Map<Path, PDType0Font> loaded = new HashMap<>();
			Map<Path, TrueTypeFont> parsed = new HashMap<>();
			for (Role role : Role.values()) {
				Path file = roles.font(role).file();
				if (!loaded.containsKey(file)) {
					TrueTypeFont ttf = parse(file);
					parsed.put(file, ttf);
					loaded.put(file, PDType0Font.load(doc, ttf, true));
				}
				byRole.put(role, loaded.get(file));
				files.put(role, parsed.get(file));
			}
		}

		private TrueTypeFont parse(Path file) throws IOException {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				open.add(collection);
				TrueTypeFont[] first = new TrueTypeFont[1];
				collection.processAllFonts(font -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				return first[0];
			}
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			open.add(font);
			return font;
		}

		/** The text with each character the font has no glyph for replaced by a question mark. */
		String printable(Role role, String text) throws IOException {
			var cmap = files.get(role).getUnicodeCmapLookup();
			StringBuilder shown = new StringBuilder();
			text.codePoints().forEach(cp -> shown.appendCodePoint(cp == ' ' || cmap.getGlyphId(cp) > 0 ? cp : '?'));
			return shown.toString();
		}

		@Override
		public void close() throws IOException {
			for (Closeable c : open) {
				c.close();
			}
		}
	}

	/** The pages, written top to bottom. */
	private static final class Pages {
		private final PDDocument doc;
		private final Fonts fonts;
		private final float width = PDRectangle.A4.getWidth() - LEFT - RIGHT;
		private PDPageContentStream content;
		private float y;

		Pages(PDDocument doc, Fonts fonts) throws IOException {
			this.doc = doc;
			this.fonts = fonts;
			newPage();
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			content = new PDPageContentStream(doc, page);
			y = PDRectangle.A4.getHeight() - TOP;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		void gap(float points) {
			y -= points;
		}

		private void room(float height) throws IOException {
			if (y - height < BOTTOM) {
				newPage();
			}
		}

		float widthOf(Role role, String text, float size) throws IOException {
			return fonts.byRole.get(role).getStringWidth(text) / 1000 * size;
		}

		/** A paragraph wrapped to the type area, the first line indented. */
		void text(String text, Role role, float size, float lineHeight, float indent, Align align, boolean bold) throws IOException {
			String printable = fonts.printable(role, text);
			List<String> lines = wrap(printable, role, size, indent);
			for (int i = 0; i < lines.size(); i++) {
				room(lineHeight);
				y -= lineHeight;
				String line = lines.get(i);
				float lineWidth = widthOf(role, line, size);
				float x = LEFT + (i == 0 ? indent : 0);
				if (align == Align.CENTER) {
					x = LEFT + (width - lineWidth) / 2;
				} else if (align == Align.RIGHT) {
					x = LEFT + width - lineWidth - 4 * BODY;
				}
				show(line, role, size, x, y + (lineHeight - size) / 2, bold);
			}
		}

		private void show(String line, Role role, float size, float x, float baseline, boolean bold) throws IOException {
			content.beginText();
			content.setFont(fonts.byRole.get(role), size);
			content.newLineAtOffset(x, baseline);
			content.showText(line);
			content.endText();
			if (bold) { // a second pass a hair to the right: the font has no bold face
				content.beginText();
				content.newLineAtOffset(x + 0.4f, baseline);
				content.showText(line);
				content.endText();
			}
		}

		private List<String> wrap(String text, Role role, float size, float indent) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			float available = width - indent;
			int[] points = text.codePoints().toArray();
			for (int i = 0; i < points.length; i++) {
				String next = new String(points, i, 1);
				if (line.length() > 0 && widthOf(role, line + next, size) > available && NO_LINE_START.indexOf(points[i]) < 0) {
					lines.add(line.toString());
					line.setLength(0);
					available = width;
				}
				line.append(next);
			}
			if (line.length() > 0 || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		void table(Outline.Table table) throws IOException {
			float size = 12;
			float rowHeight = 22;
			int columns = table.header().size();
			float first = width * 0.28f;
			float other = (width - first) / (columns - 1);
			room(rowHeight * (table.rows().size() + 1) + LINE / 2);
			y -= LINE / 2;
			List<List<String>> rows = new ArrayList<>();
			rows.add(table.header());
			rows.addAll(table.rows());
			for (int r = 0; r < rows.size(); r++) {
				float top = y;
				y -= rowHeight;
				float x = LEFT;
				for (int c = 0; c < columns; c++) {
					float cell = c == 0 ? first : other;
					content.setLineWidth(0.5f);
					content.addRect(x, y, cell, rowHeight);
					content.stroke();
					Role role = r == 0 ? Role.HEADING : Role.BODY;
					String value = fonts.printable(role, rows.get(r).get(c));
					float fitted = size;
					while (fitted > 7 && widthOf(role, value, fitted) > cell - 6) {
						fitted -= 0.5f;
					}
					float w = widthOf(role, value, fitted);
					float tx = c == 0 ? x + 4 : x + (cell - w) / 2;
					show(value, role, fitted, tx, y + (rowHeight - fitted) / 2 + 2, false);
					x += cell;
				}
				y = top - rowHeight;
			}
		}

		void chart(Outline.Chart chart) throws IOException {
			float height = 70 * MM;
			room(height + LINE);
			y -= LINE / 2;
			float top = y;
			show(fonts.printable(Role.HEADING, chart.title()), Role.HEADING, 12, LEFT + (width - widthOf(Role.HEADING, chart.title(), 12)) / 2, top - 14, false);
			float plotTop = top - 26;
			float plotBottom = top - height + 34;
			float plotLeft = LEFT + 30;
			float plotWidth = width - 40;
			long max = 1;
			for (long[] values : chart.values()) {
				for (long v : values) {
					max = Math.max(max, v);
				}
			}
			long step = niceStep(max);
			long ceiling = (max + step - 1) / step * step;
			content.setLineWidth(0.5f);
			for (long tick = 0; tick <= ceiling; tick += step) {
				float ty = plotBottom + (plotTop - plotBottom) * tick / ceiling;
				content.setStrokingColor(0.8f);
				content.moveTo(plotLeft, ty);
				content.lineTo(plotLeft + plotWidth, ty);
				content.stroke();
				String label = Long.toString(tick);
				show(label, Role.BODY, 9, plotLeft - 4 - widthOf(Role.BODY, label, 9), ty - 3, false);
			}
			content.setStrokingColor(0f);
			float[][] colours = colours();
			int categories = chart.categories().size();
			int series = chart.series().size();
			float slot = plotWidth / categories;
			float bar = slot * 0.6f / series;
			for (int c = 0; c < categories; c++) {
				for (int s = 0; s < series; s++) {
					long v = chart.values()[c][s];
					float h = (plotTop - plotBottom) * v / ceiling;
					float bx = plotLeft + c * slot + slot * 0.2f + s * bar;
					float[] rgb = colours[s % colours.length];
					content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
					content.addRect(bx, plotBottom, bar - 2, h);
					content.fill();
					content.setNonStrokingColor(0f);
					String label = Long.toString(v);
					show(label, Role.BODY, 9, bx + (bar - 2 - widthOf(Role.BODY, label, 9)) / 2, plotBottom + h + 3, false);
				}
				String name = fonts.printable(Role.BODY, chart.categories().get(c));
				show(name, Role.BODY, 11, plotLeft + c * slot + (slot - widthOf(Role.BODY, name, 11)) / 2, plotBottom - 15, false);
			}
			float lx = LEFT + width / 2 - 60 * series / 2f;
			for (int s = 0; s < series; s++) {
				float[] rgb = colours[s % colours.length];
				content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
				content.addRect(lx, plotBottom - 32, 10, 10);
				content.fill();
				content.setNonStrokingColor(0f);
				show(fonts.printable(Role.BODY, chart.series().get(s)), Role.BODY, 10, lx + 14, plotBottom - 31, false);
				lx += 60;
			}
			y = top - height;
		}

		private static float[][] colours() {
			float[][] colours = new float[OfficialDocx.COLOURS.length][3];
			for (int i = 0; i < colours.length; i++) {
				for (int c = 0; c < 3; c++) {
					colours[i][c] = (OfficialDocx.COLOURS[i][c] & 0xff) / 255f;
				}
			}
			return colours;
		}

		/** 1, 2, 5, 10, 20, 50 ...: the smallest that needs at most five gridlines. */
		private static long niceStep(long max) {
			for (long decade = 1;; decade *= 10) {
				for (long m : new long[] { 1, 2, 5 }) {
					if (max <= 5 * m * decade) {
						return m * decade;
					}
				}
			}
		}

		void rule() throws IOException {
			room(LINE);
			y -= LINE / 2;
			content.setLineWidth(0.5f);
			content.moveTo(LEFT, y);
			content.lineTo(LEFT + width, y);
			content.stroke();
		}

		/** "— n —" in 四号 at the foot of every page. */
		void numbers() throws IOException {
			int n = 1;
			for (PDPage page : doc.getPages()) {
				try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
					String text = "\u2014 " + n++ + " \u2014"; //$NON-NLS-1$ //$NON-NLS-2$
					String printable = fonts.printable(Role.BODY, text);
					foot.beginText();
					foot.setFont(fonts.byRole.get(Role.BODY), 14);
					foot.newLineAtOffset((PDRectangle.A4.getWidth() - widthOf(Role.BODY, printable, 14)) / 2, BOTTOM - 20 * MM + 14);
					foot.showText(printable);
					foot.endText();
				}
			}
		}
	}
}
