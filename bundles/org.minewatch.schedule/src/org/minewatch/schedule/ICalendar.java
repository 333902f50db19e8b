package org.minewatch.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plan as an iCalendar file (RFC 5545): one all-day VEVENT per staffed duty with days, from its first day to the
 * day after its last (DTEND is exclusive), its summary the rule and the mine, its description the people; lines end
 * in CRLF and are folded at 75 octets without splitting a UTF-8 character; text values escaped.
 */
public final class ICalendar {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private ICalendar() {
	}

	/** Writes the plan's calendar; {@code now} stamps every event (DTSTAMP). */
	public static void write(Plan plan, Locale locale, Instant now, OutputStream out) throws IOException {
		Map<String, Duty> duties = plan.problem().dutiesById();
		Map<String, Worker> workers = plan.problem().workersById();
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR"); //$NON-NLS-1$
		lines.add("VERSION:2.0"); //$NON-NLS-1$
		lines.add("PRODID:-//Minewatch//Scheduling//" + locale.getLanguage().toUpperCase(Locale.ROOT)); //$NON-NLS-1$
		lines.add("CALSCALE:GREGORIAN"); //$NON-NLS-1$
		List<Assignment> timed = plan.assignments().stream().filter(a -> a.start() != null && duties.containsKey(a.dutyId()))
				.sorted(Comparator.comparing(Assignment::start).thenComparing(Assignment::dutyId)).toList();
		for (Assignment a : timed) {
			Duty d = duties.get(a.dutyId());
			List<String> names = a.personIds().stream().map(p -> workers.containsKey(p) ? workers.get(p).name() : p).toList();
			lines.add("BEGIN:VEVENT"); //$NON-NLS-1$
			lines.add("UID:" + text(d.id()) + "@minewatch"); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add("DTSTAMP:" + STAMP.format(now)); //$NON-NLS-1$
			lines.add("DTSTART;VALUE=DATE:" + DATE.format(a.start())); //$NON-NLS-1$
			lines.add("DTEND;VALUE=DATE:" + DATE.format(a.start().plusDays(d.days()))); //$NON-NLS-1$
			lines.add("SUMMARY:" + text(title(d.ruleId(), locale) + " · " + d.mineName())); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add("DESCRIPTION:" + text(String.join("、", names))); //$NON-NLS-1$ //$NON-NLS-2$
			lines.add("CATEGORIES:" + text(d.kind().name())); //$NON-NLS-1$
			lines.add("TRANSP:OPAQUE"); //$NON-NLS-1$
			lines.add("END:VEVENT"); //$NON-NLS-1$
		}
		lines.add("END:VCALENDAR"); //$NON-NLS-1$
		for (String line : lines) {
			out.write(fold(line));
		}
		out.flush();
	}

	private static String title(String ruleId, Locale locale) {
		return Rules.ALL.stream().filter(r -> r.id().equals(ruleId)).findFirst().map(r -> r.title(locale)).orElse(ruleId);
	}

	/** TEXT escaping: backslash, semicolon, comma and newlines. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	}

	/** A content line in UTF-8 folded at 75 octets (continuations begin with a space), each ending in CRLF. */
	static byte[] fold(String line) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int used = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
			if (used + bytes.length > limit) {
				out.writeBytes(new byte[] { '\r', '\n', ' ' });
				used = 1;
			}
			out.writeBytes(bytes);
			used += bytes.length;
			i += Character.charCount(cp);
		}
		out.writeBytes(new byte[] { '\r', '\n' });
		return out.toByteArray();
	}
}
