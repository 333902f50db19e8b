/**
 */
package org.minewatch.model.inspection;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attachment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A photo or document; the store keeps its bytes with their SHA-256.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getSize <em>Size</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.minewatch.model.inspection.Attachment#getTakenAt <em>Taken At</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment()
 * @model
 * @generated
 */
public interface Attachment extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.inspection.AttachmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.inspection.AttachmentKind
	 * @see #setKind(AttachmentKind)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_Kind()
	 * @model
	 * @generated
	 */
	AttachmentKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.inspection.AttachmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AttachmentKind value);

	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_FileName()
	 * @model required="true"
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_MediaType()
	 * @model
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_Caption()
	 * @model
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Taken At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken At</em>' attribute.
	 * @see #setTakenAt(Instant)
	 * @see org.minewatch.model.inspection.InspectionPackage#getAttachment_TakenAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getTakenAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.inspection.Attachment#getTakenAt <em>Taken At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken At</em>' attribute.
	 * @see #getTakenAt()
	 * @generated
	 */
	void setTakenAt(Instant value);

} // Attachment
