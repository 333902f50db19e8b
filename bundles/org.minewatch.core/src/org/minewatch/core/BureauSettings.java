package org.minewatch.core;

import java.util.List;
import java.util.Optional;

import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Setting;

/**
 * The bureau's settings, read and written in a unit of work: thresholds, windows and calendars
 * that belong to the bureau live in its database, versioned and audited like any record.
 */
public final class BureauSettings {

	/** The value of {@code key}, if the bureau has set it. */
	public static Optional<String> get(Session session, String key) {
		return find(session, key).map(Setting::getValue);
	}

	/** An integer setting, or {@code fallback} when it is not set. */
	public static int integer(Session session, String key, int fallback) {
		return get(session, key).map(value -> {
			try {
				return Integer.parseInt(value.strip());
			} catch (NumberFormatException e) {
				throw CoreTexts.refusal("setting.notWholeNumber", key, value); //$NON-NLS-1$
			}
		}).orElse(fallback);
	}

	/** Sets {@code key} (a new record the first time, an update after). */
	public static Setting set(Session session, String key, String value, String description) {
		Optional<Setting> existing = find(session, key);
		if (existing.isPresent()) {
			Setting setting = existing.get();
			setting.setValue(value);
			if (description != null) {
				setting.setDescription(description);
			}
			return session.update(setting);
		}
		Setting setting = BaseFactory.eINSTANCE.createSetting();
		setting.setKey(key);
		setting.setValue(value);
		setting.setDescription(description);
		return session.create(setting);
	}

	private static Optional<Setting> find(Session session, String key) {
		List<Setting> found = session.query(Query.of(Setting.class).where("key", key), PageRequest.first(1)).items(); //$NON-NLS-1$
		return found.stream().findFirst();
	}

	private BureauSettings() {
	}
}
