/**
 */
package org.minewatch.model.registry;

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
 * Enterprises (group companies with their parents) and mines with their classifications and the history of both.
 * <!-- end-model-doc -->
 * @see org.minewatch.model.registry.RegistryFactory
 * @model kind="package"
 * @generated
 */
public interface RegistryPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "registry";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minewatch.org/model/registry/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mwregistry";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RegistryPackage eINSTANCE = org.minewatch.model.registry.impl.RegistryPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.EnterpriseImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CREDIT_CODE = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__GROUP = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__PARENT = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__JURISDICTION = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__ADDRESS = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.MineImpl <em>Mine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.MineImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMine()
	 * @generated
	 */
	int MINE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__ID = BasePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__OWNER = BasePackage.RECORD__OWNER;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__REVISION = BasePackage.RECORD__REVISION;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__CREATED_AT = BasePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__NAME = BasePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__CODE = BasePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__KIND = BasePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__ENTERPRISE = BasePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Province</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__PROVINCE = BasePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__COUNTY = BasePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__ADDRESS = BasePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__LATITUDE = BasePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__LONGITUDE = BasePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Approved Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__APPROVED_CAPACITY = BasePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__STATUS_HISTORY = BasePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Class History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__CLASS_HISTORY = BasePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Licences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__LICENCES = BasePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__AREAS = BasePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Mine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_FEATURE_COUNT = BasePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The operation id for the '<em>Status On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE___STATUS_ON__LOCALDATE = BasePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Classification On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE___CLASSIFICATION_ON__LOCALDATE = BasePackage.RECORD_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Mine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_OPERATION_COUNT = BasePackage.RECORD_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.StatusChangeImpl <em>Status Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.StatusChangeImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getStatusChange()
	 * @generated
	 */
	int STATUS_CHANGE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__SINCE = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__REASON = 2;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE__RECORDED_BY = 3;

	/**
	 * The number of structural features of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Status Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.ClassificationImpl <em>Classification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.ClassificationImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getClassification()
	 * @generated
	 */
	int CLASSIFICATION = 3;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__SINCE = 0;

	/**
	 * The feature id for the '<em><b>Supervision Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__SUPERVISION_CLASS = 1;

	/**
	 * The feature id for the '<em><b>Gas Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__GAS_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Hydrogeological Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__HYDROGEOLOGICAL_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Spontaneous Combustion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__SPONTANEOUS_COMBUSTION = 4;

	/**
	 * The feature id for the '<em><b>Rock Burst Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__ROCK_BURST_RISK = 5;

	/**
	 * The feature id for the '<em><b>Standardisation Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__STANDARDISATION_GRADE = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__REASON = 7;

	/**
	 * The number of structural features of the '<em>Classification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Is Severe Disaster</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION___IS_SEVERE_DISASTER = 0;

	/**
	 * The number of operations of the '<em>Classification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.LicenceImpl <em>Licence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.LicenceImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getLicence()
	 * @generated
	 */
	int LICENCE = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Issued By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE__ISSUED_BY = 2;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE__VALID_FROM = 3;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE__VALID_TO = 4;

	/**
	 * The number of structural features of the '<em>Licence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Licence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.impl.MineAreaImpl <em>Mine Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.impl.MineAreaImpl
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMineArea()
	 * @generated
	 */
	int MINE_AREA = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA__KIND = 2;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA__ACTIVE = 3;

	/**
	 * The feature id for the '<em><b>Planned Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA__PLANNED_YEAR = 4;

	/**
	 * The number of structural features of the '<em>Mine Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Mine Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_AREA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.MineKind <em>Mine Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.MineKind
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMineKind()
	 * @generated
	 */
	int MINE_KIND = 6;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.ProductionStatus <em>Production Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.ProductionStatus
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getProductionStatus()
	 * @generated
	 */
	int PRODUCTION_STATUS = 7;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.SupervisionClass <em>Supervision Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.SupervisionClass
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getSupervisionClass()
	 * @generated
	 */
	int SUPERVISION_CLASS = 8;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.GasClass <em>Gas Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.GasClass
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getGasClass()
	 * @generated
	 */
	int GAS_CLASS = 9;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.HydrogeologicalType <em>Hydrogeological Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.HydrogeologicalType
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getHydrogeologicalType()
	 * @generated
	 */
	int HYDROGEOLOGICAL_TYPE = 10;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.SpontaneousCombustion <em>Spontaneous Combustion</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.SpontaneousCombustion
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getSpontaneousCombustion()
	 * @generated
	 */
	int SPONTANEOUS_COMBUSTION = 11;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.RockBurstRisk <em>Rock Burst Risk</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.RockBurstRisk
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getRockBurstRisk()
	 * @generated
	 */
	int ROCK_BURST_RISK = 12;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.StandardisationGrade <em>Standardisation Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.StandardisationGrade
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getStandardisationGrade()
	 * @generated
	 */
	int STANDARDISATION_GRADE = 13;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.LicenceKind <em>Licence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.LicenceKind
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getLicenceKind()
	 * @generated
	 */
	int LICENCE_KIND = 14;

	/**
	 * The meta object id for the '{@link org.minewatch.model.registry.AreaKind <em>Area Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minewatch.model.registry.AreaKind
	 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getAreaKind()
	 * @generated
	 */
	int AREA_KIND = 15;


	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see org.minewatch.model.registry.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Enterprise#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.registry.Enterprise#getName()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Enterprise#getCreditCode <em>Credit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Code</em>'.
	 * @see org.minewatch.model.registry.Enterprise#getCreditCode()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_CreditCode();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Enterprise#isGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.minewatch.model.registry.Enterprise#isGroup()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Group();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.Enterprise#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.minewatch.model.registry.Enterprise#getParent()
	 * @see #getEnterprise()
	 * @generated
	 */
	EReference getEnterprise_Parent();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.Enterprise#getJurisdiction <em>Jurisdiction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Jurisdiction</em>'.
	 * @see org.minewatch.model.registry.Enterprise#getJurisdiction()
	 * @see #getEnterprise()
	 * @generated
	 */
	EReference getEnterprise_Jurisdiction();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Enterprise#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.minewatch.model.registry.Enterprise#getAddress()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Address();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.Mine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mine</em>'.
	 * @see org.minewatch.model.registry.Mine
	 * @generated
	 */
	EClass getMine();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.registry.Mine#getName()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.minewatch.model.registry.Mine#getCode()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.registry.Mine#getKind()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.Mine#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see org.minewatch.model.registry.Mine#getEnterprise()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_Enterprise();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.Mine#getProvince <em>Province</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Province</em>'.
	 * @see org.minewatch.model.registry.Mine#getProvince()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_Province();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.Mine#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>County</em>'.
	 * @see org.minewatch.model.registry.Mine#getCounty()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_County();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.minewatch.model.registry.Mine#getAddress()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.minewatch.model.registry.Mine#getLatitude()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.minewatch.model.registry.Mine#getLongitude()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Mine#getApprovedCapacity <em>Approved Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved Capacity</em>'.
	 * @see org.minewatch.model.registry.Mine#getApprovedCapacity()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_ApprovedCapacity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.registry.Mine#getStatusHistory <em>Status History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status History</em>'.
	 * @see org.minewatch.model.registry.Mine#getStatusHistory()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_StatusHistory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.registry.Mine#getClassHistory <em>Class History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Class History</em>'.
	 * @see org.minewatch.model.registry.Mine#getClassHistory()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_ClassHistory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.registry.Mine#getLicences <em>Licences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Licences</em>'.
	 * @see org.minewatch.model.registry.Mine#getLicences()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_Licences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minewatch.model.registry.Mine#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.minewatch.model.registry.Mine#getAreas()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_Areas();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.registry.Mine#statusOn(java.time.LocalDate) <em>Status On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Status On</em>' operation.
	 * @see org.minewatch.model.registry.Mine#statusOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMine__StatusOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.registry.Mine#classificationOn(java.time.LocalDate) <em>Classification On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Classification On</em>' operation.
	 * @see org.minewatch.model.registry.Mine#classificationOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getMine__ClassificationOn__LocalDate();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.StatusChange <em>Status Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Change</em>'.
	 * @see org.minewatch.model.registry.StatusChange
	 * @generated
	 */
	EClass getStatusChange();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.StatusChange#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.minewatch.model.registry.StatusChange#getStatus()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.StatusChange#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.minewatch.model.registry.StatusChange#getSince()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.StatusChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.minewatch.model.registry.StatusChange#getReason()
	 * @see #getStatusChange()
	 * @generated
	 */
	EAttribute getStatusChange_Reason();

	/**
	 * Returns the meta object for the reference '{@link org.minewatch.model.registry.StatusChange#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recorded By</em>'.
	 * @see org.minewatch.model.registry.StatusChange#getRecordedBy()
	 * @see #getStatusChange()
	 * @generated
	 */
	EReference getStatusChange_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.Classification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Classification</em>'.
	 * @see org.minewatch.model.registry.Classification
	 * @generated
	 */
	EClass getClassification();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.minewatch.model.registry.Classification#getSince()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getSupervisionClass <em>Supervision Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supervision Class</em>'.
	 * @see org.minewatch.model.registry.Classification#getSupervisionClass()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_SupervisionClass();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getGasClass <em>Gas Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gas Class</em>'.
	 * @see org.minewatch.model.registry.Classification#getGasClass()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_GasClass();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getHydrogeologicalType <em>Hydrogeological Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hydrogeological Type</em>'.
	 * @see org.minewatch.model.registry.Classification#getHydrogeologicalType()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_HydrogeologicalType();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getSpontaneousCombustion <em>Spontaneous Combustion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spontaneous Combustion</em>'.
	 * @see org.minewatch.model.registry.Classification#getSpontaneousCombustion()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_SpontaneousCombustion();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getRockBurstRisk <em>Rock Burst Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rock Burst Risk</em>'.
	 * @see org.minewatch.model.registry.Classification#getRockBurstRisk()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_RockBurstRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getStandardisationGrade <em>Standardisation Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standardisation Grade</em>'.
	 * @see org.minewatch.model.registry.Classification#getStandardisationGrade()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_StandardisationGrade();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Classification#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.minewatch.model.registry.Classification#getReason()
	 * @see #getClassification()
	 * @generated
	 */
	EAttribute getClassification_Reason();

	/**
	 * Returns the meta object for the '{@link org.minewatch.model.registry.Classification#isSevereDisaster() <em>Is Severe Disaster</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Severe Disaster</em>' operation.
	 * @see org.minewatch.model.registry.Classification#isSevereDisaster()
	 * @generated
	 */
	EOperation getClassification__IsSevereDisaster();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.Licence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Licence</em>'.
	 * @see org.minewatch.model.registry.Licence
	 * @generated
	 */
	EClass getLicence();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Licence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.registry.Licence#getKind()
	 * @see #getLicence()
	 * @generated
	 */
	EAttribute getLicence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Licence#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minewatch.model.registry.Licence#getNumber()
	 * @see #getLicence()
	 * @generated
	 */
	EAttribute getLicence_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Licence#getIssuedBy <em>Issued By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued By</em>'.
	 * @see org.minewatch.model.registry.Licence#getIssuedBy()
	 * @see #getLicence()
	 * @generated
	 */
	EAttribute getLicence_IssuedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Licence#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.minewatch.model.registry.Licence#getValidFrom()
	 * @see #getLicence()
	 * @generated
	 */
	EAttribute getLicence_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.Licence#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.minewatch.model.registry.Licence#getValidTo()
	 * @see #getLicence()
	 * @generated
	 */
	EAttribute getLicence_ValidTo();

	/**
	 * Returns the meta object for class '{@link org.minewatch.model.registry.MineArea <em>Mine Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mine Area</em>'.
	 * @see org.minewatch.model.registry.MineArea
	 * @generated
	 */
	EClass getMineArea();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.MineArea#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minewatch.model.registry.MineArea#getId()
	 * @see #getMineArea()
	 * @generated
	 */
	EAttribute getMineArea_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.MineArea#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minewatch.model.registry.MineArea#getName()
	 * @see #getMineArea()
	 * @generated
	 */
	EAttribute getMineArea_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.MineArea#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minewatch.model.registry.MineArea#getKind()
	 * @see #getMineArea()
	 * @generated
	 */
	EAttribute getMineArea_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.MineArea#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see org.minewatch.model.registry.MineArea#isActive()
	 * @see #getMineArea()
	 * @generated
	 */
	EAttribute getMineArea_Active();

	/**
	 * Returns the meta object for the attribute '{@link org.minewatch.model.registry.MineArea#getPlannedYear <em>Planned Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Year</em>'.
	 * @see org.minewatch.model.registry.MineArea#getPlannedYear()
	 * @see #getMineArea()
	 * @generated
	 */
	EAttribute getMineArea_PlannedYear();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.MineKind <em>Mine Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mine Kind</em>'.
	 * @see org.minewatch.model.registry.MineKind
	 * @generated
	 */
	EEnum getMineKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.ProductionStatus <em>Production Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Production Status</em>'.
	 * @see org.minewatch.model.registry.ProductionStatus
	 * @generated
	 */
	EEnum getProductionStatus();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.SupervisionClass <em>Supervision Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Supervision Class</em>'.
	 * @see org.minewatch.model.registry.SupervisionClass
	 * @generated
	 */
	EEnum getSupervisionClass();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.GasClass <em>Gas Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gas Class</em>'.
	 * @see org.minewatch.model.registry.GasClass
	 * @generated
	 */
	EEnum getGasClass();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.HydrogeologicalType <em>Hydrogeological Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hydrogeological Type</em>'.
	 * @see org.minewatch.model.registry.HydrogeologicalType
	 * @generated
	 */
	EEnum getHydrogeologicalType();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.SpontaneousCombustion <em>Spontaneous Combustion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Spontaneous Combustion</em>'.
	 * @see org.minewatch.model.registry.SpontaneousCombustion
	 * @generated
	 */
	EEnum getSpontaneousCombustion();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.RockBurstRisk <em>Rock Burst Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rock Burst Risk</em>'.
	 * @see org.minewatch.model.registry.RockBurstRisk
	 * @generated
	 */
	EEnum getRockBurstRisk();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.StandardisationGrade <em>Standardisation Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Standardisation Grade</em>'.
	 * @see org.minewatch.model.registry.StandardisationGrade
	 * @generated
	 */
	EEnum getStandardisationGrade();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.LicenceKind <em>Licence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Licence Kind</em>'.
	 * @see org.minewatch.model.registry.LicenceKind
	 * @generated
	 */
	EEnum getLicenceKind();

	/**
	 * Returns the meta object for enum '{@link org.minewatch.model.registry.AreaKind <em>Area Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Kind</em>'.
	 * @see org.minewatch.model.registry.AreaKind
	 * @generated
	 */
	EEnum getAreaKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RegistryFactory getRegistryFactory();

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
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.EnterpriseImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__NAME = eINSTANCE.getEnterprise_Name();

		/**
		 * The meta object literal for the '<em><b>Credit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__CREDIT_CODE = eINSTANCE.getEnterprise_CreditCode();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__GROUP = eINSTANCE.getEnterprise_Group();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE__PARENT = eINSTANCE.getEnterprise_Parent();

		/**
		 * The meta object literal for the '<em><b>Jurisdiction</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE__JURISDICTION = eINSTANCE.getEnterprise_Jurisdiction();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__ADDRESS = eINSTANCE.getEnterprise_Address();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.MineImpl <em>Mine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.MineImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMine()
		 * @generated
		 */
		EClass MINE = eINSTANCE.getMine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__NAME = eINSTANCE.getMine_Name();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__CODE = eINSTANCE.getMine_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__KIND = eINSTANCE.getMine_Kind();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__ENTERPRISE = eINSTANCE.getMine_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Province</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__PROVINCE = eINSTANCE.getMine_Province();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__COUNTY = eINSTANCE.getMine_County();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__ADDRESS = eINSTANCE.getMine_Address();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__LATITUDE = eINSTANCE.getMine_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__LONGITUDE = eINSTANCE.getMine_Longitude();

		/**
		 * The meta object literal for the '<em><b>Approved Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__APPROVED_CAPACITY = eINSTANCE.getMine_ApprovedCapacity();

		/**
		 * The meta object literal for the '<em><b>Status History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__STATUS_HISTORY = eINSTANCE.getMine_StatusHistory();

		/**
		 * The meta object literal for the '<em><b>Class History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__CLASS_HISTORY = eINSTANCE.getMine_ClassHistory();

		/**
		 * The meta object literal for the '<em><b>Licences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__LICENCES = eINSTANCE.getMine_Licences();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__AREAS = eINSTANCE.getMine_Areas();

		/**
		 * The meta object literal for the '<em><b>Status On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MINE___STATUS_ON__LOCALDATE = eINSTANCE.getMine__StatusOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Classification On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MINE___CLASSIFICATION_ON__LOCALDATE = eINSTANCE.getMine__ClassificationOn__LocalDate();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.StatusChangeImpl <em>Status Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.StatusChangeImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getStatusChange()
		 * @generated
		 */
		EClass STATUS_CHANGE = eINSTANCE.getStatusChange();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__STATUS = eINSTANCE.getStatusChange_Status();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__SINCE = eINSTANCE.getStatusChange_Since();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_CHANGE__REASON = eINSTANCE.getStatusChange_Reason();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_CHANGE__RECORDED_BY = eINSTANCE.getStatusChange_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.ClassificationImpl <em>Classification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.ClassificationImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getClassification()
		 * @generated
		 */
		EClass CLASSIFICATION = eINSTANCE.getClassification();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__SINCE = eINSTANCE.getClassification_Since();

		/**
		 * The meta object literal for the '<em><b>Supervision Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__SUPERVISION_CLASS = eINSTANCE.getClassification_SupervisionClass();

		/**
		 * The meta object literal for the '<em><b>Gas Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__GAS_CLASS = eINSTANCE.getClassification_GasClass();

		/**
		 * The meta object literal for the '<em><b>Hydrogeological Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__HYDROGEOLOGICAL_TYPE = eINSTANCE.getClassification_HydrogeologicalType();

		/**
		 * The meta object literal for the '<em><b>Spontaneous Combustion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__SPONTANEOUS_COMBUSTION = eINSTANCE.getClassification_SpontaneousCombustion();

		/**
		 * The meta object literal for the '<em><b>Rock Burst Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__ROCK_BURST_RISK = eINSTANCE.getClassification_RockBurstRisk();

		/**
		 * The meta object literal for the '<em><b>Standardisation Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__STANDARDISATION_GRADE = eINSTANCE.getClassification_StandardisationGrade();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLASSIFICATION__REASON = eINSTANCE.getClassification_Reason();

		/**
		 * The meta object literal for the '<em><b>Is Severe Disaster</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CLASSIFICATION___IS_SEVERE_DISASTER = eINSTANCE.getClassification__IsSevereDisaster();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.LicenceImpl <em>Licence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.LicenceImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getLicence()
		 * @generated
		 */
		EClass LICENCE = eINSTANCE.getLicence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE__KIND = eINSTANCE.getLicence_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE__NUMBER = eINSTANCE.getLicence_Number();

		/**
		 * The meta object literal for the '<em><b>Issued By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE__ISSUED_BY = eINSTANCE.getLicence_IssuedBy();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE__VALID_FROM = eINSTANCE.getLicence_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENCE__VALID_TO = eINSTANCE.getLicence_ValidTo();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.impl.MineAreaImpl <em>Mine Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.impl.MineAreaImpl
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMineArea()
		 * @generated
		 */
		EClass MINE_AREA = eINSTANCE.getMineArea();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE_AREA__ID = eINSTANCE.getMineArea_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE_AREA__NAME = eINSTANCE.getMineArea_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE_AREA__KIND = eINSTANCE.getMineArea_Kind();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE_AREA__ACTIVE = eINSTANCE.getMineArea_Active();

		/**
		 * The meta object literal for the '<em><b>Planned Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE_AREA__PLANNED_YEAR = eINSTANCE.getMineArea_PlannedYear();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.MineKind <em>Mine Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.MineKind
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getMineKind()
		 * @generated
		 */
		EEnum MINE_KIND = eINSTANCE.getMineKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.ProductionStatus <em>Production Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.ProductionStatus
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getProductionStatus()
		 * @generated
		 */
		EEnum PRODUCTION_STATUS = eINSTANCE.getProductionStatus();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.SupervisionClass <em>Supervision Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.SupervisionClass
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getSupervisionClass()
		 * @generated
		 */
		EEnum SUPERVISION_CLASS = eINSTANCE.getSupervisionClass();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.GasClass <em>Gas Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.GasClass
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getGasClass()
		 * @generated
		 */
		EEnum GAS_CLASS = eINSTANCE.getGasClass();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.HydrogeologicalType <em>Hydrogeological Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.HydrogeologicalType
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getHydrogeologicalType()
		 * @generated
		 */
		EEnum HYDROGEOLOGICAL_TYPE = eINSTANCE.getHydrogeologicalType();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.SpontaneousCombustion <em>Spontaneous Combustion</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.SpontaneousCombustion
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getSpontaneousCombustion()
		 * @generated
		 */
		EEnum SPONTANEOUS_COMBUSTION = eINSTANCE.getSpontaneousCombustion();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.RockBurstRisk <em>Rock Burst Risk</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.RockBurstRisk
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getRockBurstRisk()
		 * @generated
		 */
		EEnum ROCK_BURST_RISK = eINSTANCE.getRockBurstRisk();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.StandardisationGrade <em>Standardisation Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.StandardisationGrade
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getStandardisationGrade()
		 * @generated
		 */
		EEnum STANDARDISATION_GRADE = eINSTANCE.getStandardisationGrade();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.LicenceKind <em>Licence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.LicenceKind
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getLicenceKind()
		 * @generated
		 */
		EEnum LICENCE_KIND = eINSTANCE.getLicenceKind();

		/**
		 * The meta object literal for the '{@link org.minewatch.model.registry.AreaKind <em>Area Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minewatch.model.registry.AreaKind
		 * @see org.minewatch.model.registry.impl.RegistryPackageImpl#getAreaKind()
		 * @generated
		 */
		EEnum AREA_KIND = eINSTANCE.getAreaKind();

	}

} //RegistryPackage
