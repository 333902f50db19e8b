/**
 */
package org.minewatch.model.enforcement;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.LegalRecord;

import org.minewatch.model.inspection.Inspection;

import org.minewatch.model.jurisdiction.Agency;

import org.minewatch.model.registry.Mine;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuingAgency <em>Issuing Agency</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getMine <em>Mine</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getInspection <em>Inspection</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuedAt <em>Issued At</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getContent <em>Content</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getStopFrom <em>Stop From</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getStopTo <em>Stop To</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getResumeConditions <em>Resume Conditions</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.minewatch.model.enforcement.EnforcementDocument#getSignatures <em>Signatures</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument()
 * @model
 * @generated
 */
public interface EnforcementDocument extends LegalRecord {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.enforcement.DocumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.enforcement.DocumentKind
	 * @see #setKind(DocumentKind)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Kind()
	 * @model
	 * @generated
	 */
	DocumentKind getKind();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minewatch.model.enforcement.DocumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DocumentKind value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. A(B)煤安C〔year〕D号
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issuing Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuing Agency</em>' reference.
	 * @see #setIssuingAgency(Agency)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_IssuingAgency()
	 * @model
	 * @generated
	 */
	Agency getIssuingAgency();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuingAgency <em>Issuing Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing Agency</em>' reference.
	 * @see #getIssuingAgency()
	 * @generated
	 */
	void setIssuingAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Mine</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mine</em>' reference.
	 * @see #setMine(Mine)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Mine()
	 * @model
	 * @generated
	 */
	Mine getMine();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getMine <em>Mine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mine</em>' reference.
	 * @see #getMine()
	 * @generated
	 */
	void setMine(Mine value);

	/**
	 * Returns the value of the '<em><b>Inspection</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inspection</em>' reference.
	 * @see #setInspection(Inspection)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Inspection()
	 * @model
	 * @generated
	 */
	Inspection getInspection();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getInspection <em>Inspection</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection</em>' reference.
	 * @see #getInspection()
	 * @generated
	 */
	void setInspection(Inspection value);

	/**
	 * Returns the value of the '<em><b>Issued At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued At</em>' attribute.
	 * @see #setIssuedAt(Instant)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_IssuedAt()
	 * @model dataType="org.minewatch.model.base.Instant"
	 * @generated
	 */
	Instant getIssuedAt();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getIssuedAt <em>Issued At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued At</em>' attribute.
	 * @see #getIssuedAt()
	 * @generated
	 */
	void setIssuedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Stop From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop From</em>' attribute.
	 * @see #setStopFrom(LocalDate)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_StopFrom()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getStopFrom();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getStopFrom <em>Stop From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop From</em>' attribute.
	 * @see #getStopFrom()
	 * @generated
	 */
	void setStopFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Stop To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop To</em>' attribute.
	 * @see #setStopTo(LocalDate)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_StopTo()
	 * @model dataType="org.minewatch.model.base.LocalDate"
	 * @generated
	 */
	LocalDate getStopTo();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getStopTo <em>Stop To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop To</em>' attribute.
	 * @see #getStopTo()
	 * @generated
	 */
	void setStopTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Resume Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resume Conditions</em>' attribute.
	 * @see #setResumeConditions(String)
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_ResumeConditions()
	 * @model
	 * @generated
	 */
	String getResumeConditions();

	/**
	 * Sets the value of the '{@link org.minewatch.model.enforcement.EnforcementDocument#getResumeConditions <em>Resume Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resume Conditions</em>' attribute.
	 * @see #getResumeConditions()
	 * @generated
	 */
	void setResumeConditions(String value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.enforcement.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Signatures</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.enforcement.Signature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatures</em>' containment reference list.
	 * @see org.minewatch.model.enforcement.EnforcementPackage#getEnforcementDocument_Signatures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signature> getSignatures();

} // EnforcementDocument
