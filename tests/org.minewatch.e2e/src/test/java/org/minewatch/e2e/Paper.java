package org.minewatch.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the suite writes, as a person gets it on paper: LibreOffice headless converts a workbook or a document to PDF
 * (as a bureau prints it), pdftoppm renders a page to look at, pdftotext reads what a page says.
 */
final class Paper {

	/** The PDF of {@code document} (XLSX, DOCX), written beside it by LibreOffice headless with a profile of its own. */
	static Path pdf(Path document) {
		Path profile = document.toAbsolutePath().resolveSibling(".libreoffice-profile");
		X11.run("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
				document.toAbsolutePath().getParent().toString(), document.toAbsolutePath().toString());
		String name = document.getFileName().toString();
		Path pdf = document.toAbsolutePath().resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		if (!Files.isRegularFile(pdf)) {
			throw new AssertionError("LibreOffice wrote no PDF of " + document);
		}
		return pdf;
	}

	/** The text on page {@code page} (from 1) of a PDF. */
	static String text(Path pdf, int page) {
		return X11.run("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-");
	}

	/** How many pages, and the paper (e.g. "A3"), as pdfinfo says. */
	static String info(Path pdf) {
		return X11.run("pdfinfo", pdf.toString());
	}

	/** Page {@code page} rendered to {@code png} at {@code dpi}. */
	static Path render(Path pdf, int page, int dpi, Path png) {
		String stem = png.toString().substring(0, png.toString().length() - ".png".length());
		X11.run("pdftoppm", "-png", "-singlefile", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), stem);
		return png;
	}

	private Paper() {
	}
}
