/**
 */
package org.minewatch.model.checklist;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.minewatch.model.base.BasePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Checklist templates: data with editions, sections by speciality, items with method and legal basis.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.checklist.ChecklistFactory
 * @model kind="package"
 * @generated
 */
public interface ChecklistPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "checklist";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/checklist/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwchecklist";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ChecklistPackage eINSTANCE = org.minewatch.model.checklist.impl.ChecklistPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl <em>Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.checklist.impl.ChecklistTemplateImpl
	 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistTemplate()
	 * @generated
	 */
	int CHECKLIST_TEMPLATE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__EDITION = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__SOURCE = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__LICENCE = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__VALID_FROM = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__VALID_TO = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__NAME = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ORIGIN = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Origin Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION = BasePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Origin Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE = BasePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Inspects</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__INSPECTS = BasePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__APPLIES_TO = BasePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Starter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__STARTER = BasePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__SUPERSEDES = BasePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE__SECTIONS = BasePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE___IS_VALID_ON__LOCALDATE = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_TEMPLATE_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.checklist.impl.ChecklistSectionImpl
	 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistSection()
	 * @generated
	 */
	int CHECKLIST_SECTION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Speciality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION__SPECIALITY = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION__ITEMS = 4;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.checklist.impl.ChecklistItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.checklist.impl.ChecklistItemImpl
	 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistItem()
	 * @generated
	 */
	int CHECKLIST_ITEM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__SUBJECT = 2;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__CRITERIA = 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__METHOD = 4;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__LEGAL_BASIS = 5;

	/**
	 * The feature id for the '<em><b>Key Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__KEY_OPERATION = 6;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM__APPLIES_TO = 7;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.checklist.TemplateOrigin <em>Template Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.checklist.TemplateOrigin
	 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getTemplateOrigin()
	 * @generated
	 */
	int TEMPLATE_ORIGIN = 3;


	/**
	 * The meta object id for the '{@link org.minewatch.model.checklist.InspectedUnit <em>Inspected Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.checklist.InspectedUnit
	 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getInspectedUnit()
	 * @generated
	 */
	int INSPECTED_UNIT = 4;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.checklist.ChecklistTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate
	 * @generated
	 */
	EClass getChecklistTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistTemplate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getName()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistTemplate#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getOrigin()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Origin();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginJurisdiction <em>Origin Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin Jurisdiction</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getOriginJurisdiction()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EReference getChecklistTemplate_OriginJurisdiction();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.checklist.ChecklistTemplate#getOriginEnterprise <em>Origin Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin Enterprise</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getOriginEnterprise()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EReference getChecklistTemplate_OriginEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistTemplate#getInspects <em>Inspects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspects</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getInspects()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Inspects();

	/**
	 * Returns the meta object for the attribute list '{@link org.minewatch.model.checklist.ChecklistTemplate#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applies To</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getAppliesTo()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_AppliesTo();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistTemplate#isStarter <em>Starter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Starter</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#isStarter()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EAttribute getChecklistTemplate_Starter();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.checklist.ChecklistTemplate#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supersedes</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getSupersedes()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EReference getChecklistTemplate_Supersedes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.checklist.ChecklistTemplate#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.minewatch.model.checklist.ChecklistTemplate#getSections()
	 * @see #getChecklistTemplate()
	 * @generated
	 */
	EReference getChecklistTemplate_Sections();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.checklist.ChecklistSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection
	 * @generated
	 */
	EClass getChecklistSection();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistSection#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection#getId()
	 * @see #getChecklistSection()
	 * @generated
	 */
	EAttribute getChecklistSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistSection#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection#getNumber()
	 * @see #getChecklistSection()
	 * @generated
	 */
	EAttribute getChecklistSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection#getTitle()
	 * @see #getChecklistSection()
	 * @generated
	 */
	EAttribute getChecklistSection_Title();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.checklist.ChecklistSection#getSpeciality <em>Speciality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Speciality</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection#getSpeciality()
	 * @see #getChecklistSection()
	 * @generated
	 */
	EReference getChecklistSection_Speciality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.checklist.ChecklistSection#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.minewatch.model.checklist.ChecklistSection#getItems()
	 * @see #getChecklistSection()
	 * @generated
	 */
	EReference getChecklistSection_Items();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.checklist.ChecklistItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem
	 * @generated
	 */
	EClass getChecklistItem();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getId()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getNumber()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getSubject()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getCriteria()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getMethod()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getLegalBasis()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.checklist.ChecklistItem#isKeyOperation <em>Key Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Operation</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#isKeyOperation()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_KeyOperation();

	/**
	 * Returns the meta object for the attribute list '{@link org.minewatch.model.checklist.ChecklistItem#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applies To</em>'.
	 * @see org.minewatch.model.checklist.ChecklistItem#getAppliesTo()
	 * @see #getChecklistItem()
	 * @generated
	 */
	EAttribute getChecklistItem_AppliesTo();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.checklist.TemplateOrigin <em>Template Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Template Origin</em>'.
	 * @see org.minewatch.model.checklist.TemplateOrigin
	 * @generated
	 */
	EEnum getTemplateOrigin();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.checklist.InspectedUnit <em>Inspected Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Inspected Unit</em>'.
	 * @see org.minewatch.model.checklist.InspectedUnit
	 * @generated
	 */
	EEnum getInspectedUnit();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ChecklistFactory getChecklistFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.minewatch.model.checklist.impl.ChecklistTemplateImpl <em>Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.checklist.impl.ChecklistTemplateImpl
		 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistTemplate()
		 * @generated
		 */
		EClass CHECKLIST_TEMPLATE = eINSTANCE.getChecklistTemplate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__NAME = eINSTANCE.getChecklistTemplate_Name();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__ORIGIN = eINSTANCE.getChecklistTemplate_Origin();

		/**
		 * The meta object literal for the '<em><b>Origin Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_TEMPLATE__ORIGIN_JURISDICTION = eINSTANCE.getChecklistTemplate_OriginJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Origin Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_TEMPLATE__ORIGIN_ENTERPRISE = eINSTANCE.getChecklistTemplate_OriginEnterprise();

		/**
		 * The meta object literal for the '<em><b>Inspects</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__INSPECTS = eINSTANCE.getChecklistTemplate_Inspects();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__APPLIES_TO = eINSTANCE.getChecklistTemplate_AppliesTo();

		/**
		 * The meta object literal for the '<em><b>Starter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_TEMPLATE__STARTER = eINSTANCE.getChecklistTemplate_Starter();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_TEMPLATE__SUPERSEDES = eINSTANCE.getChecklistTemplate_Supersedes();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_TEMPLATE__SECTIONS = eINSTANCE.getChecklistTemplate_Sections();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.checklist.impl.ChecklistSectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.checklist.impl.ChecklistSectionImpl
		 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistSection()
		 * @generated
		 */
		EClass CHECKLIST_SECTION = eINSTANCE.getChecklistSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_SECTION__ID = eINSTANCE.getChecklistSection_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_SECTION__NUMBER = eINSTANCE.getChecklistSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_SECTION__TITLE = eINSTANCE.getChecklistSection_Title();

		/**
		 * The meta object literal for the '<em><b>Speciality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_SECTION__SPECIALITY = eINSTANCE.getChecklistSection_Speciality();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_SECTION__ITEMS = eINSTANCE.getChecklistSection_Items();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.checklist.impl.ChecklistItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.checklist.impl.ChecklistItemImpl
		 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getChecklistItem()
		 * @generated
		 */
		EClass CHECKLIST_ITEM = eINSTANCE.getChecklistItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__ID = eINSTANCE.getChecklistItem_Id();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__NUMBER = eINSTANCE.getChecklistItem_Number();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__SUBJECT = eINSTANCE.getChecklistItem_Subject();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__CRITERIA = eINSTANCE.getChecklistItem_Criteria();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__METHOD = eINSTANCE.getChecklistItem_Method();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__LEGAL_BASIS = eINSTANCE.getChecklistItem_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Key Operation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__KEY_OPERATION = eINSTANCE.getChecklistItem_KeyOperation();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_ITEM__APPLIES_TO = eINSTANCE.getChecklistItem_AppliesTo();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.checklist.TemplateOrigin <em>Template Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.checklist.TemplateOrigin
		 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getTemplateOrigin()
		 * @generated
		 */
		EEnum TEMPLATE_ORIGIN = eINSTANCE.getTemplateOrigin();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.checklist.InspectedUnit <em>Inspected Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.checklist.InspectedUnit
		 * @see org.minewatch.model.checklist.impl.ChecklistPackageImpl#getInspectedUnit()
		 * @generated
		 */
		EEnum INSPECTED_UNIT = eINSTANCE.getInspectedUnit();

	}

} //ChecklistPackage
