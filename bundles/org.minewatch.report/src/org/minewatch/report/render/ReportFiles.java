package org.minewatch.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.minewatch.core.MinewatchException;
import org.minewatch.model.report.Report;
import org.minewatch.report.Texts;

/**
 * Writes a report as the files a bureau files: the DOCX (official-document layout, with its chart), the PDF (fonts
 * embedded) and the XLSX annex of its figures, into a folder, each written beside and moved into place when whole.
 */
public final class ReportFiles {

	/** The three files written. */
	public record Written(Path docx, Path pdf, Path xlsx) {
		public List<Path> all() {
			return List.of(docx, pdf, xlsx);
		}
	}

	private ReportFiles() {
	}

	/** Writes the three files of {@code report} in {@code locale} into {@code folder}, named after the report's title. */
	public static Written write(Report report, Locale locale, Path folder) {
		FontRoles fonts = FontRoles.installed();
		Outline outline = Outline.of(report, locale);
		String fontsLine = Texts.format(locale, "doc.suite", fonts.mapping()); //$NON-NLS-1$
		String base = fileName(report.getTitle());
		Path docx = folder.resolve(base + ".docx"); //$NON-NLS-1$
		Path pdf = folder.resolve(base + ".pdf"); //$NON-NLS-1$
		Path xlsx = folder.resolve(base + Texts.format(locale, "file.annexSuffix") + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		write(docx, out -> new OfficialDocx(fonts).write(outline, fontsLine, out));
		write(pdf, out -> new ReportPdf(fonts).write(outline, fontsLine, out));
		write(xlsx, out -> new FiguresAnnex(locale).write(report, out));
		return new Written(docx, pdf, xlsx);
	}

	@FunctionalInterface
	private interface Writer {
		void write(OutputStream out) throws IOException;
	}

	private static void write(Path file, Writer writer) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path part = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
			try (OutputStream out = Files.newOutputStream(part)) {
				writer.write(out);
			}
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new MinewatchException("output.notWritten", Texts.format("output.notWritten", file, e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The title without the characters a file name cannot hold. */
	static String fileName(String title) {
		return title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
