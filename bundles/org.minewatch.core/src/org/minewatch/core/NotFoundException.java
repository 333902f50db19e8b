package org.minewatch.core;

/** No record of that type and id. */
public class NotFoundException extends StoreException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String type, String id) {
		super("store.notFound", CoreTexts.format("notFound", type, id)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
