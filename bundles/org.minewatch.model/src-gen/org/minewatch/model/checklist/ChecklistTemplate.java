/**
 */
package org.minewatch.model.checklist;

import org.eclipse.emf.common.util.EList;

import org.minewatch.model.base.Edition;

import org.minewatch.model.jurisdiction.Jurisdiction;

import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.MineKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getName <em>Name</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginJurisdiction <em>Origin Jurisdiction</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginEnterprise <em>Origin Enterprise</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getInspects <em>Inspects</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#isStarter <em>Starter</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.minewatch.model.checklist.ChecklistTemplate#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate()
 * @model
 * @generated
 */
public interface ChecklistTemplate extends org.minewatch.model.base.Record, Edition {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.checklist.TemplateOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.minewatch.model.checklist.TemplateOrigin
	 * @see #setOrigin(TemplateOrigin)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Origin()
	 * @model
	 * @generated
	 */
	TemplateOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.minewatch.model.checklist.TemplateOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(TemplateOrigin value);

	/**
	 * Returns the value of the '<em><b>Origin Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin Jurisdiction</em>' reference.
	 * @see #setOriginJurisdiction(Jurisdiction)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_OriginJurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getOriginJurisdiction();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginJurisdiction <em>Origin Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Jurisdiction</em>' reference.
	 * @see #getOriginJurisdiction()
	 * @generated
	 */
	void setOriginJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Origin Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin Enterprise</em>' reference.
	 * @see #setOriginEnterprise(Enterprise)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_OriginEnterprise()
	 * @model
	 * @generated
	 */
	Enterprise getOriginEnterprise();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginEnterprise <em>Origin Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Enterprise</em>' reference.
	 * @see #getOriginEnterprise()
	 * @generated
	 */
	void setOriginEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Inspects</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minewatch.model.checklist.InspectedUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the template inspects: a mine of the kinds in appliesTo, or an enterprise itself (its own work as the mines' company; appliesTo then names no mine kind).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspects</em>' attribute.
	 * @see org.minewatch.model.checklist.InspectedUnit
	 * @see #setInspects(InspectedUnit)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Inspects()
	 * @model
	 * @generated
	 */
	InspectedUnit getInspects();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getInspects <em>Inspects</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspects</em>' attribute.
	 * @see org.minewatch.model.checklist.InspectedUnit
	 * @see #getInspects()
	 * @generated
	 */
	void setInspects(InspectedUnit value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute list.
	 * The list contents are of type {@link org.minewatch.model.registry.MineKind}.
	 * The literals are from the enumeration {@link org.minewatch.model.registry.MineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute list.
	 * @see org.minewatch.model.registry.MineKind
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<MineKind> getAppliesTo();

	/**
	 * Returns the value of the '<em><b>Starter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A starter template shipped with Minewatch, not an official list (its origin is SUITE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starter</em>' attribute.
	 * @see #setStarter(boolean)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Starter()
	 * @model
	 * @generated
	 */
	boolean isStarter();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#isStarter <em>Starter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starter</em>' attribute.
	 * @see #isStarter()
	 * @generated
	 */
	void setStarter(boolean value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference.
	 * @see #setSupersedes(ChecklistTemplate)
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Supersedes()
	 * @model
	 * @generated
	 */
	ChecklistTemplate getSupersedes();

	/**
	 * Sets the value of the '{@link org.minewatch.model.checklist.ChecklistTemplate#getSupersedes <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersedes</em>' reference.
	 * @see #getSupersedes()
	 * @generated
	 */
	void setSupersedes(ChecklistTemplate value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.minewatch.model.checklist.ChecklistSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.minewatch.model.checklist.ChecklistPackage#getChecklistTemplate_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistSection> getSections();

} // ChecklistTemplate
