/**
 */
package org.minewatch.model.base;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of a vocabulary; terms nest (class, subclass).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.Term#getCode <em>Code</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#getLabelZh <em>Label Zh</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#getLabelEn <em>Label En</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#isRetired <em>Retired</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#getParent <em>Parent</em>}</li>
 *   <li>{@link org.minewatch.model.base.Term#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.base.BasePackage#getTerm()
 * @model
 * @generated
 */
public interface Term extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.minewatch.model.base.BasePackage#getTerm_Code()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Label Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Zh</em>' attribute.
	 * @see #setLabelZh(String)
	 * @see org.minewatch.model.base.BasePackage#getTerm_LabelZh()
	 * @model required="true"
	 * @generated
	 */
	String getLabelZh();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#getLabelZh <em>Label Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Zh</em>' attribute.
	 * @see #getLabelZh()
	 * @generated
	 */
	void setLabelZh(String value);

	/**
	 * Returns the value of the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label En</em>' attribute.
	 * @see #setLabelEn(String)
	 * @see org.minewatch.model.base.BasePackage#getTerm_LabelEn()
	 * @model
	 * @generated
	 */
	String getLabelEn();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#getLabelEn <em>Label En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label En</em>' attribute.
	 * @see #getLabelEn()
	 * @generated
	 */
	void setLabelEn(String value);

	/**
	 * Returns the value of the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Retired</em>' attribute.
	 * @see #setRetired(boolean)
	 * @see org.minewatch.model.base.BasePackage#getTerm_Retired()
	 * @model
	 * @generated
	 */
	boolean isRetired();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#isRetired <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired</em>' attribute.
	 * @see #isRetired()
	 * @generated
	 */
	void setRetired(boolean value);

	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.base.Vocabulary#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vocabulary</em>' container reference.
	 * @see #setVocabulary(Vocabulary)
	 * @see org.minewatch.model.base.BasePackage#getTerm_Vocabulary()
	 * @see org.minewatch.model.base.Vocabulary#getTerms
	 * @model opposite="terms" transient="false"
	 * @generated
	 */
	Vocabulary getVocabulary();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#getVocabulary <em>Vocabulary</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vocabulary</em>' container reference.
	 * @see #getVocabulary()
	 * @generated
	 */
	void setVocabulary(Vocabulary value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.base.Term#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Term)
	 * @see org.minewatch.model.base.BasePackage#getTerm_Parent()
	 * @see org.minewatch.model.base.Term#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	Term getParent();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Term#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Term value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.base.Term}.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.base.Term#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.minewatch.model.base.BasePackage#getTerm_Children()
	 * @see org.minewatch.model.base.Term#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Term> getChildren();

} // Term
