/**
 */
package org.minewatch.model.checklist;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.base.Term;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.ChecklistSection#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistSection#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistSection#getTitle <em>Title</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistSection#getSpeciality <em>Speciality</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistSection#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection()
 * @model
 * @generated
 */
public interface ChecklistSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistSection#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistSection#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistSection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Speciality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speciality</em>' reference.
	 * @see #setSpeciality(Term)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection_Speciality()
	 * @model
	 * @generated
	 */
	Term getSpeciality();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistSection#getSpeciality <em>Speciality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speciality</em>' reference.
	 * @see #getSpeciality()
	 * @generated
	 */
	void setSpeciality(Term value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.checklist.ChecklistItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistSection_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistItem> getItems();

} // ChecklistSection
