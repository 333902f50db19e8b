/**
 */
package org.minewatch.model.inspection.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minewatch.model.base.impl.RecordImpl;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.InspectionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.impl.AttachmentImpl#getTakenAt <em>Taken At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttachmentImpl extends RecordImpl implements Attachment {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AttachmentKind KIND_EDEFAULT = AttachmentKind.PHOTO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AttachmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIA_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected String mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected String caption = CAPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TAKEN_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenAt() <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenAt()
	 * @generated
	 * @ordered
	 */
	protected Instant takenAt = TAKEN_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttachmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.ATTACHMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttachmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AttachmentKind newKind) {
		AttachmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(String newMediaType) {
		String oldMediaType = mediaType;
		mediaType = newMediaType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__MEDIA_TYPE, oldMediaType, mediaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaption() {
		return caption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaption(String newCaption) {
		String oldCaption = caption;
		caption = newCaption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__CAPTION, oldCaption, caption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTakenAt() {
		return takenAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenAt(Instant newTakenAt) {
		Instant oldTakenAt = takenAt;
		takenAt = newTakenAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ATTACHMENT__TAKEN_AT, oldTakenAt, takenAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.ATTACHMENT__KIND:
				return getKind();
			case InspectionPackage.ATTACHMENT__FILE_NAME:
				return getFileName();
			case InspectionPackage.ATTACHMENT__MEDIA_TYPE:
				return getMediaType();
			case InspectionPackage.ATTACHMENT__SHA256:
				return getSha256();
			case InspectionPackage.ATTACHMENT__SIZE:
				return getSize();
			case InspectionPackage.ATTACHMENT__CAPTION:
				return getCaption();
			case InspectionPackage.ATTACHMENT__TAKEN_AT:
				return getTakenAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.ATTACHMENT__KIND:
				setKind((AttachmentKind)newValue);
				return;
			case InspectionPackage.ATTACHMENT__FILE_NAME:
				setFileName((String)newValue);
				return;
			case InspectionPackage.ATTACHMENT__MEDIA_TYPE:
				setMediaType((String)newValue);
				return;
			case InspectionPackage.ATTACHMENT__SHA256:
				setSha256((String)newValue);
				return;
			case InspectionPackage.ATTACHMENT__SIZE:
				setSize((Long)newValue);
				return;
			case InspectionPackage.ATTACHMENT__CAPTION:
				setCaption((String)newValue);
				return;
			case InspectionPackage.ATTACHMENT__TAKEN_AT:
				setTakenAt((Instant)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.ATTACHMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__MEDIA_TYPE:
				setMediaType(MEDIA_TYPE_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__CAPTION:
				setCaption(CAPTION_EDEFAULT);
				return;
			case InspectionPackage.ATTACHMENT__TAKEN_AT:
				setTakenAt(TAKEN_AT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.ATTACHMENT__KIND:
				return kind != KIND_EDEFAULT;
			case InspectionPackage.ATTACHMENT__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case InspectionPackage.ATTACHMENT__MEDIA_TYPE:
				return MEDIA_TYPE_EDEFAULT == null ? mediaType != null : !MEDIA_TYPE_EDEFAULT.equals(mediaType);
			case InspectionPackage.ATTACHMENT__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case InspectionPackage.ATTACHMENT__SIZE:
				return size != SIZE_EDEFAULT;
			case InspectionPackage.ATTACHMENT__CAPTION:
				return CAPTION_EDEFAULT == null ? caption != null : !CAPTION_EDEFAULT.equals(caption);
			case InspectionPackage.ATTACHMENT__TAKEN_AT:
				return TAKEN_AT_EDEFAULT == null ? takenAt != null : !TAKEN_AT_EDEFAULT.equals(takenAt);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", fileName: ");
		result.append(fileName);
		result.append(", mediaType: ");
		result.append(mediaType);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", size: ");
		result.append(size);
		result.append(", caption: ");
		result.append(caption);
		result.append(", takenAt: ");
		result.append(takenAt);
		result.append(')');
		return result.toString();
	}

} //AttachmentImpl
