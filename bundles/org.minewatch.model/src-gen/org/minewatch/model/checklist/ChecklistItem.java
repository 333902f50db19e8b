/**
 */
package org.minewatch.model.checklist;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getId <em>Id</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getMethod <em>Method</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#isKeyOperation <em>Key Operation</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistItem#getAppliesTo <em>Applies To</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem()
 * @model
 * @generated
 */
public interface ChecklistItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getId <em>Id</em>}' attribute.
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
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_Subject()
	 * @model required="true"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Key Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Operation</em>' attribute.
	 * @see #setKeyOperation(boolean)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_KeyOperation()
	 * @model
	 * @generated
	 */
	boolean isKeyOperation();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistItem#isKeyOperation <em>Key Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Operation</em>' attribute.
	 * @see #isKeyOperation()
	 * @generated
	 */
	void setKeyOperation(boolean value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute list.
	 * The list contents are of type {@link org.minewatch.model.registry.MineKind}.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.MineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Empty: as the template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute list.
	 * @see org.minewatch.model.registry.MineKind
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistItem_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<MineKind> getAppliesTo();

} // ChecklistItem
