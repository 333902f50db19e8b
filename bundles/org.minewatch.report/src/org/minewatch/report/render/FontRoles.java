package org.minewatch.report.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.minewatch.core.MinewatchException;
import org.minewatch.report.Texts;

/**
 * The fonts an official document's roles call for (GB/T 9704: the title in 方正小标宋简体, first-level headings in 黑体,
 * second-level in 楷体_GB2312, the text in 仿宋_GB2312), mapped to font files that exist on this computer: the
 * official font when it is installed, else a common one of the same style (SimHei, KaiTi, FangSong on Windows), else
 * any font with Chinese characters (WenQuanYi Zen Hei, Noto CJK). The DOCX names the family found; the PDF embeds it.
 * Refused, naming where it looked, when no font with Chinese characters is installed.
 */
public final class FontRoles {

	/** A role in the document and the font GB/T 9704 gives it. */
	public enum Role {
		TITLE("方正小标宋简体", "FZXBSJW.TTF", "FZXiaoBiaoSong-B05S.ttf", "simhei.ttf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		HEADING("黑体", "simhei.ttf", "STHeiti.ttf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SUBHEADING("楷体_GB2312", "simkai.ttf", "STKAITI.TTF"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		BODY("仿宋_GB2312", "simfang.ttf", "STFANGSO.TTF"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		public final String official;
		final List<String> files;

		Role(String official, String... files) {
			this.official = official;
			this.files = List.of(files);
		}
	}

	/** A font file found, and the family name it declares. */
	public record Found(Path file, String family) {
	}

	/** Any font with Chinese characters, in order of preference. */
	static final List<String> ANY_CJK = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"NotoSansCJKsc-Regular.otf", "DroidSansFallbackFull.ttf", "msyh.ttc", "simsun.ttc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Map<Role, Found> fonts;

	private FontRoles(Map<Role, Found> fonts) {
		this.fonts = fonts;
	}

	/** The fonts for each role on this computer; refused when none has Chinese characters. */
	public static FontRoles installed() {
		List<Path> folders = folders();
		Map<String, Path> files = new LinkedHashMap<>();
		for (Path folder : folders) {
			try (Stream<Path> walk = Files.walk(folder, 4)) {
				walk.filter(Files::isRegularFile).forEach(f -> files.putIfAbsent(f.getFileName().toString().toLowerCase(Locale.ROOT), f));
			} catch (IOException | RuntimeException e) {
				// a folder that cannot be read holds no font for us
			}
		}
		Map<Role, Found> chosen = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			List<String> wanted = new ArrayList<>(role.files);
			wanted.addAll(ANY_CJK);
			for (String name : wanted) {
				Path file = files.get(name.toLowerCase(Locale.ROOT));
				if (file != null) {
					String family = family(file);
					if (family != null) {
						chosen.put(role, new Found(file, family));
						break;
					}
				}
			}
			if (!chosen.containsKey(role)) {
				String where = folders.stream().map(Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
				throw new MinewatchException("font.missing", Texts.format("font.missing", where)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return new FontRoles(chosen);
	}

	public Found font(Role role) {
		return fonts.get(role);
	}

	/** "方正小标宋简体 → WenQuanYi Zen Hei, ..." : what stands in for the official fonts, printed in the colophon. */
	public String mapping() {
		return fonts.entrySet().stream().map(e -> e.getKey().official + " \u2192 " + e.getValue().family()).collect(Collectors.joining("; ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The family name a font file declares (the first font of a collection), or null when it cannot be read. */
	static String family(Path file) {
		try {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
				try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
					String[] family = new String[1];
					collection.processAllFonts(font -> {
						if (family[0] == null && font.getNaming() != null) {
							family[0] = font.getNaming().getFontFamily();
						}
					});
					return family[0];
				}
			}
			try (TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()))) {
				return font.getNaming() == null ? null : font.getNaming().getFontFamily();
			}
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Where fonts are installed on Linux, Windows and macOS, and the person's own. */
	static List<Path> folders() {
		List<Path> folders = new ArrayList<>();
		String home = System.getProperty("user.home"); //$NON-NLS-1$
		String windows = System.getenv("WINDIR"); //$NON-NLS-1$
		for (String folder : new String[] { "/usr/share/fonts", "/usr/local/share/fonts", home + "/.fonts", home + "/.local/share/fonts", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				windows == null ? "C:\\Windows\\Fonts" : windows + "\\Fonts", home + "\\AppData\\Local\\Microsoft\\Windows\\Fonts", "/Library/Fonts", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"/System/Library/Fonts" }) { //$NON-NLS-1$
			Path path = Paths.get(folder);
			if (Files.isDirectory(path)) {
				folders.add(path);
			}
		}
		return folders;
	}
}
