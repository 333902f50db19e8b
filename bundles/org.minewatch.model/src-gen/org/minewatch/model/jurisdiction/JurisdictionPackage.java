/**
 */
package org.minewatch.model.jurisdiction;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * Divisions as the statistical division code list gives them (GB/T 2260's administrative divisions and the list's own development zones) and the agencies that supervise them.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.jurisdiction.JurisdictionFactory
 * @model kind="package"
 * @generated
 */
public interface JurisdictionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "jurisdiction";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/jurisdiction/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwjurisdiction";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JurisdictionPackage eINSTANCE = org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.impl.DivisionEditionImpl <em>Division Edition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.impl.DivisionEditionImpl
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getDivisionEdition()
	 * @generated
	 */
	int DIVISION_EDITION = 0;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__EDITION = BasePackage.EDITION__EDITION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__SOURCE = BasePackage.EDITION__SOURCE;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__LICENCE = BasePackage.EDITION__LICENCE;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__VALID_FROM = BasePackage.EDITION__VALID_FROM;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__VALID_TO = BasePackage.EDITION__VALID_TO;

	/**
	 * The feature id for the '<em><b>Nation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION__NATION = BasePackage.EDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Division Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION_FEATURE_COUNT = BasePackage.EDITION_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION___IS_VALID_ON__LOCALDATE = BasePackage.EDITION___IS_VALID_ON__LOCALDATE;

	/**
	 * The number of operations of the '<em>Division Edition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIVISION_EDITION_OPERATION_COUNT = BasePackage.EDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionImpl
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getJurisdiction()
	 * @generated
	 */
	int JURISDICTION = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__NAME_EN = 3;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__LEVEL = 4;

	/**
	 * The feature id for the '<em><b>Functional Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__FUNCTIONAL_ZONE = 5;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__PARENT = 6;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION__CHILDREN = 7;

	/**
	 * The number of structural features of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Contains</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION___CONTAINS__JURISDICTION = 0;

	/**
	 * The operation id for the '<em>Province</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION___PROVINCE = 1;

	/**
	 * The number of operations of the '<em>Jurisdiction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JURISDICTION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.impl.AgencyImpl
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__KIND = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__DEPARTMENT = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__LEVEL = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__PARENT = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Covers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__COVERS = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Names</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAMES = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Name On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY___NAME_ON__LOCALDATE = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.impl.AgencyNameImpl <em>Agency Name</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.impl.AgencyNameImpl
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgencyName()
	 * @generated
	 */
	int AGENCY_NAME = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME__NAME = 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME__NAME_EN = 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME__VALID_FROM = 2;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME__VALID_TO = 3;

	/**
	 * The number of structural features of the '<em>Agency Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Agency Name</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_NAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.JurisdictionLevel <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getJurisdictionLevel()
	 * @generated
	 */
	int JURISDICTION_LEVEL = 4;

	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.AgencyKind <em>Agency Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.AgencyKind
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgencyKind()
	 * @generated
	 */
	int AGENCY_KIND = 5;


	/**
	 * The meta object id for the '{@link org.minewatch.model.jurisdiction.RegulatorDepartment <em>Regulator Department</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.jurisdiction.RegulatorDepartment
	 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getRegulatorDepartment()
	 * @generated
	 */
	int REGULATOR_DEPARTMENT = 6;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.jurisdiction.DivisionEdition <em>Division Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Division Edition</em>'.
	 * @see org.minewatch.model.jurisdiction.DivisionEdition
	 * @generated
	 */
	EClass getDivisionEdition();

	/**
	 * Returns the meta object for the containment reference '{@link org.minewatch.model.jurisdiction.DivisionEdition#getNation <em>Nation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nation</em>'.
	 * @see org.minewatch.model.jurisdiction.DivisionEdition#getNation()
	 * @see #getDivisionEdition()
	 * @generated
	 */
	EReference getDivisionEdition_Nation();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.jurisdiction.Jurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jurisdiction</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction
	 * @generated
	 */
	EClass getJurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getKey()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getCode()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getName()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getNameEn()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getLevel()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Jurisdiction#isFunctionalZone <em>Functional Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Functional Zone</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#isFunctionalZone()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EAttribute getJurisdiction_FunctionalZone();

	/**
	 * Returns the meta object for the container reference '{@link org.minewatch.model.jurisdiction.Jurisdiction#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getParent()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EReference getJurisdiction_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.jurisdiction.Jurisdiction#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#getChildren()
	 * @see #getJurisdiction()
	 * @generated
	 */
	EReference getJurisdiction_Children();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.jurisdiction.Jurisdiction#contains(org.minewatch.model.jurisdiction.Jurisdiction) <em>Contains</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Contains</em>' operation.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#contains(org.minewatch.model.jurisdiction.Jurisdiction)
	 * @generated
	 */
	EOperation getJurisdiction__Contains__Jurisdiction();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.jurisdiction.Jurisdiction#province() <em>Province</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Province</em>' operation.
	 * @see org.minewatch.model.jurisdiction.Jurisdiction#province()
	 * @generated
	 */
	EOperation getJurisdiction__Province();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.jurisdiction.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Agency#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getKind()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Agency#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getDepartment()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.Agency#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getLevel()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Level();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.jurisdiction.Agency#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getParent()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.minewatch.model.jurisdiction.Agency#getCovers <em>Covers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Covers</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getCovers()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Covers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.jurisdiction.Agency#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Names</em>'.
	 * @see org.minewatch.model.jurisdiction.Agency#getNames()
	 * @see #getAgency()
	 * @generated
	 */
	EReference getAgency_Names();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.jurisdiction.Agency#nameOn(java.time.LocalDate) <em>Name On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Name On</em>' operation.
	 * @see org.minewatch.model.jurisdiction.Agency#nameOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getAgency__NameOn__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.jurisdiction.AgencyName <em>Agency Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency Name</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyName
	 * @generated
	 */
	EClass getAgencyName();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.AgencyName#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyName#getName()
	 * @see #getAgencyName()
	 * @generated
	 */
	EAttribute getAgencyName_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.AgencyName#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyName#getNameEn()
	 * @see #getAgencyName()
	 * @generated
	 */
	EAttribute getAgencyName_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.AgencyName#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyName#getValidFrom()
	 * @see #getAgencyName()
	 * @generated
	 */
	EAttribute getAgencyName_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.jurisdiction.AgencyName#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyName#getValidTo()
	 * @see #getAgencyName()
	 * @generated
	 */
	EAttribute getAgencyName_ValidTo();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.jurisdiction.JurisdictionLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
	 * @generated
	 */
	EEnum getJurisdictionLevel();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.jurisdiction.AgencyKind <em>Agency Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agency Kind</em>'.
	 * @see org.minewatch.model.jurisdiction.AgencyKind
	 * @generated
	 */
	EEnum getAgencyKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.jurisdiction.RegulatorDepartment <em>Regulator Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Regulator Department</em>'.
	 * @see org.minewatch.model.jurisdiction.RegulatorDepartment
	 * @generated
	 */
	EEnum getRegulatorDepartment();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JurisdictionFactory getJurisdictionFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.impl.DivisionEditionImpl <em>Division Edition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.impl.DivisionEditionImpl
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getDivisionEdition()
		 * @generated
		 */
		EClass DIVISION_EDITION = eINSTANCE.getDivisionEdition();

		/**
		 * The meta object literal for the '<em><b>Nation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIVISION_EDITION__NATION = eINSTANCE.getDivisionEdition_Nation();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.impl.JurisdictionImpl <em>Jurisdiction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionImpl
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getJurisdiction()
		 * @generated
		 */
		EClass JURISDICTION = eINSTANCE.getJurisdiction();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__KEY = eINSTANCE.getJurisdiction_Key();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__CODE = eINSTANCE.getJurisdiction_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__NAME = eINSTANCE.getJurisdiction_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__NAME_EN = eINSTANCE.getJurisdiction_NameEn();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__LEVEL = eINSTANCE.getJurisdiction_Level();

		/**
		 * The meta object literal for the '<em><b>Functional Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JURISDICTION__FUNCTIONAL_ZONE = eINSTANCE.getJurisdiction_FunctionalZone();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JURISDICTION__PARENT = eINSTANCE.getJurisdiction_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JURISDICTION__CHILDREN = eINSTANCE.getJurisdiction_Children();

		/**
		 * The meta object literal for the '<em><b>Contains</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation JURISDICTION___CONTAINS__JURISDICTION = eINSTANCE.getJurisdiction__Contains__Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation JURISDICTION___PROVINCE = eINSTANCE.getJurisdiction__Province();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.impl.AgencyImpl
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__KIND = eINSTANCE.getAgency_Kind();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__DEPARTMENT = eINSTANCE.getAgency_Department();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__LEVEL = eINSTANCE.getAgency_Level();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__PARENT = eINSTANCE.getAgency_Parent();

		/**
		 * The meta object literal for the '<em><b>Covers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__COVERS = eINSTANCE.getAgency_Covers();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENCY__NAMES = eINSTANCE.getAgency_Names();

		/**
		 * The meta object literal for the '<em><b>Name On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AGENCY___NAME_ON__LOCALDATE = eINSTANCE.getAgency__NameOn__LocalDate();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.impl.AgencyNameImpl <em>Agency Name</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.impl.AgencyNameImpl
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgencyName()
		 * @generated
		 */
		EClass AGENCY_NAME = eINSTANCE.getAgencyName();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY_NAME__NAME = eINSTANCE.getAgencyName_Name();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY_NAME__NAME_EN = eINSTANCE.getAgencyName_NameEn();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY_NAME__VALID_FROM = eINSTANCE.getAgencyName_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY_NAME__VALID_TO = eINSTANCE.getAgencyName_ValidTo();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.JurisdictionLevel <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.JurisdictionLevel
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getJurisdictionLevel()
		 * @generated
		 */
		EEnum JURISDICTION_LEVEL = eINSTANCE.getJurisdictionLevel();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.AgencyKind <em>Agency Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.AgencyKind
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getAgencyKind()
		 * @generated
		 */
		EEnum AGENCY_KIND = eINSTANCE.getAgencyKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.jurisdiction.RegulatorDepartment <em>Regulator Department</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.jurisdiction.RegulatorDepartment
		 * @see org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl#getRegulatorDepartment()
		 * @generated
		 */
		EEnum REGULATOR_DEPARTMENT = eINSTANCE.getRegulatorDepartment();

	}

} //JurisdictionPackage
