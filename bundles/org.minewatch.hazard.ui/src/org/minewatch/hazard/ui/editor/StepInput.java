package org.minewatch.hazard.ui.editor;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person gave for one lifecycle step in its dialog.
 *
 * @param reason why (a reason, the acceptance's remarks)
 * @param agencyId the supervising agency (listed supervision)
 * @param number the listing number (listed supervision)
 * @param date the new deadline (an extension)
 * @param passed whether the acceptance passed
 * @param first the evidence (fixed on the spot) or the photos before (an acceptance): attachment ids
 * @param second the photos after (an acceptance): attachment ids
 */
record StepInput(String reason, String agencyId, String number, LocalDate date, boolean passed, List<String> first, List<String> second) {
}
