/**
 */
package org.minewatch.model.base;

import java.time.Instant;

import org.minewatch.model.people.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record with legal weight (inspections, hazards, documents, reports): never deleted, only voided or superseded with a reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.LegalRecord#getVoidedAt <em>Voided At</em>}</li>
 *   <li>{@link org.minewatch.model.base.LegalRecord#getVoidedBy <em>Voided By</em>}</li>
 *   <li>{@link org.minewatch.model.base.LegalRecord#getVoidReason <em>Void Reason</em>}</li>
 *   <li>{@link org.minewatch.model.base.LegalRecord#getSupersededBy <em>Superseded By</em>}</li>
 *   <li>{@link org.minewatch.model.base.LegalRecord#getSupersedeReason <em>Supersede Reason</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.base.BasePackage#getLegalRecord()
 * @model abstract="true"
 * @generated
 */
public interface LegalRecord extends org.minewatch.model.base.Record {
	/**
	 * Returns the value of the '<em><b>Voided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Voided At</em>' attribute.
	 * @see #setVoidedAt(Instant)
	 * @see org.minewatch.model.base.BasePackage#getLegalRecord_VoidedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getVoidedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.LegalRecord#getVoidedAt <em>Voided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voided At</em>' attribute.
	 * @see #getVoidedAt()
	 * @generated
	 */
	void setVoidedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Voided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Voided By</em>' reference.
	 * @see #setVoidedBy(Person)
	 * @see org.minewatch.model.base.BasePackage#getLegalRecord_VoidedBy()
	 * @model
	 * @generated
	 */
	Person getVoidedBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.LegalRecord#getVoidedBy <em>Voided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voided By</em>' reference.
	 * @see #getVoidedBy()
	 * @generated
	 */
	void setVoidedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Void Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Void Reason</em>' attribute.
	 * @see #setVoidReason(String)
	 * @see org.minewatch.model.base.BasePackage#getLegalRecord_VoidReason()
	 * @model
	 * @generated
	 */
	String getVoidReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.LegalRecord#getVoidReason <em>Void Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Void Reason</em>' attribute.
	 * @see #getVoidReason()
	 * @generated
	 */
	void setVoidReason(String value);

	/**
	 * Returns the value of the '<em><b>Superseded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Superseded By</em>' reference.
	 * @see #setSupersededBy(LegalRecord)
	 * @see org.minewatch.model.base.BasePackage#getLegalRecord_SupersededBy()
	 * @model
	 * @generated
	 */
	LegalRecord getSupersededBy();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.LegalRecord#getSupersededBy <em>Superseded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Superseded By</em>' reference.
	 * @see #getSupersededBy()
	 * @generated
	 */
	void setSupersededBy(LegalRecord value);

	/**
	 * Returns the value of the '<em><b>Supersede Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supersede Reason</em>' attribute.
	 * @see #setSupersedeReason(String)
	 * @see org.minewatch.model.base.BasePackage#getLegalRecord_SupersedeReason()
	 * @model
	 * @generated
	 */
	String getSupersedeReason();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.LegalRecord#getSupersedeReason <em>Supersede Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersede Reason</em>' attribute.
	 * @see #getSupersedeReason()
	 * @generated
	 */
	void setSupersedeReason(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isVoided();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isSuperseded();

} // LegalRecord
