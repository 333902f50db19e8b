/**
 */
package org.minewatch.model.base;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vocabulary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A list regulators revise (hazard classes, specialities...), with Chinese and English labels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.base.Vocabulary#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.base.Vocabulary#getTitleZh <em>Title Zh</em>}</li>
 *   <li>{@link org.minewatch.model.base.Vocabulary#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.minewatch.model.base.Vocabulary#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.base.BasePackage#getVocabulary()
 * @model
 * @generated
 */
public interface Vocabulary extends Edition {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key, e.g. hazard-category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.base.BasePackage#getVocabulary_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Vocabulary#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title Zh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Zh</em>' attribute.
	 * @see #setTitleZh(String)
	 * @see org.minewatch.model.base.BasePackage#getVocabulary_TitleZh()
	 * @model
	 * @generated
	 */
	String getTitleZh();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Vocabulary#getTitleZh <em>Title Zh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Zh</em>' attribute.
	 * @see #getTitleZh()
	 * @generated
	 */
	void setTitleZh(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.minewatch.model.base.BasePackage#getVocabulary_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.minewatch.model.base.Vocabulary#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.base.Term}.
	 * It is bidirectional and its opposite is '{@link org.minewatch.model.base.Term#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.minewatch.model.base.BasePackage#getVocabulary_Terms()
	 * @see org.minewatch.model.base.Term#getVocabulary
	 * @model opposite="vocabulary" containment="true"
	 * @generated
	 */
	EList<Term> getTerms();

} // Vocabulary
