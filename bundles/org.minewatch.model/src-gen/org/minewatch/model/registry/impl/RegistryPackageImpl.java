/**
 */
package org.minewatch.model.registry.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.minewatch.model.base.BasePackage;

import org.minewatch.model.base.impl.BasePackageImpl;

import org.minewatch.model.campaign.CampaignPackage;

import org.minewatch.model.campaign.impl.CampaignPackageImpl;

import org.minewatch.model.checklist.ChecklistPackage;

import org.minewatch.model.checklist.impl.ChecklistPackageImpl;

import org.minewatch.model.enforcement.EnforcementPackage;

import org.minewatch.model.enforcement.impl.EnforcementPackageImpl;

import org.minewatch.model.hazard.HazardPackage;

import org.minewatch.model.hazard.impl.HazardPackageImpl;

import org.minewatch.model.inspection.InspectionPackage;

import org.minewatch.model.inspection.impl.InspectionPackageImpl;

import org.minewatch.model.jurisdiction.JurisdictionPackage;

import org.minewatch.model.jurisdiction.impl.JurisdictionPackageImpl;

import org.minewatch.model.people.PeoplePackage;

import org.minewatch.model.people.impl.PeoplePackageImpl;

import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.GasClass;
import org.minewatch.model.registry.HydrogeologicalType;
import org.minewatch.model.registry.Licence;
import org.minewatch.model.registry.LicenceKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.RockBurstRisk;
import org.minewatch.model.registry.SpontaneousCombustion;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;

import org.minewatch.model.report.ReportPackage;

import org.minewatch.model.report.impl.ReportPackageImpl;

import org.minewatch.model.schedule.SchedulePackage;

import org.minewatch.model.schedule.impl.SchedulePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RegistryPackageImpl extends EPackageImpl implements RegistryPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass classificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass licenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mineAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mineKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum productionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supervisionClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gasClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hydrogeologicalTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum spontaneousCombustionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rockBurstRiskEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum standardisationGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum licenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.minewatch.model.registry.RegistryPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RegistryPackageImpl() {
		super(eNS_URI, RegistryFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RegistryPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RegistryPackage init() {
		if (isInited) return (RegistryPackage)EPackage.Registry.INSTANCE.getEPackage(RegistryPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRegistryPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RegistryPackageImpl theRegistryPackage = registeredRegistryPackage instanceof RegistryPackageImpl ? (RegistryPackageImpl)registeredRegistryPackage : new RegistryPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BasePackage.eNS_URI);
		BasePackageImpl theBasePackage = (BasePackageImpl)(registeredPackage instanceof BasePackageImpl ? registeredPackage : BasePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		JurisdictionPackageImpl theJurisdictionPackage = (JurisdictionPackageImpl)(registeredPackage instanceof JurisdictionPackageImpl ? registeredPackage : JurisdictionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PeoplePackage.eNS_URI);
		PeoplePackageImpl thePeoplePackage = (PeoplePackageImpl)(registeredPackage instanceof PeoplePackageImpl ? registeredPackage : PeoplePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ChecklistPackage.eNS_URI);
		ChecklistPackageImpl theChecklistPackage = (ChecklistPackageImpl)(registeredPackage instanceof ChecklistPackageImpl ? registeredPackage : ChecklistPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);
		CampaignPackageImpl theCampaignPackage = (CampaignPackageImpl)(registeredPackage instanceof CampaignPackageImpl ? registeredPackage : CampaignPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InspectionPackage.eNS_URI);
		InspectionPackageImpl theInspectionPackage = (InspectionPackageImpl)(registeredPackage instanceof InspectionPackageImpl ? registeredPackage : InspectionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(HazardPackage.eNS_URI);
		HazardPackageImpl theHazardPackage = (HazardPackageImpl)(registeredPackage instanceof HazardPackageImpl ? registeredPackage : HazardPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		SchedulePackageImpl theSchedulePackage = (SchedulePackageImpl)(registeredPackage instanceof SchedulePackageImpl ? registeredPackage : SchedulePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ReportPackage.eNS_URI);
		ReportPackageImpl theReportPackage = (ReportPackageImpl)(registeredPackage instanceof ReportPackageImpl ? registeredPackage : ReportPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EnforcementPackage.eNS_URI);
		EnforcementPackageImpl theEnforcementPackage = (EnforcementPackageImpl)(registeredPackage instanceof EnforcementPackageImpl ? registeredPackage : EnforcementPackage.eINSTANCE);

		// Create package meta-data objects
		theRegistryPackage.createPackageContents();
		theBasePackage.createPackageContents();
		theJurisdictionPackage.createPackageContents();
		thePeoplePackage.createPackageContents();
		theChecklistPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theInspectionPackage.createPackageContents();
		theHazardPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theReportPackage.createPackageContents();
		theEnforcementPackage.createPackageContents();

		// Initialize created meta-data
		theRegistryPackage.initializePackageContents();
		theBasePackage.initializePackageContents();
		theJurisdictionPackage.initializePackageContents();
		thePeoplePackage.initializePackageContents();
		theChecklistPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theInspectionPackage.initializePackageContents();
		theHazardPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theReportPackage.initializePackageContents();
		theEnforcementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRegistryPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RegistryPackage.eNS_URI, theRegistryPackage);
		return theRegistryPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterprise() {
		return enterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Name() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_CreditCode() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Group() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterprise_Parent() {
		return (EReference)enterpriseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterprise_Jurisdiction() {
		return (EReference)enterpriseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterprise_Address() {
		return (EAttribute)enterpriseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMine() {
		return mineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Name() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Code() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Kind() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_Enterprise() {
		return (EReference)mineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_Province() {
		return (EReference)mineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_County() {
		return (EReference)mineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Address() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Latitude() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Longitude() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_ApprovedCapacity() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_StatusHistory() {
		return (EReference)mineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_ClassHistory() {
		return (EReference)mineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_Licences() {
		return (EReference)mineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_Areas() {
		return (EReference)mineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMine__StatusOn__LocalDate() {
		return mineEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMine__ClassificationOn__LocalDate() {
		return mineEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusChange() {
		return statusChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Status() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Since() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusChange_Reason() {
		return (EAttribute)statusChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStatusChange_RecordedBy() {
		return (EReference)statusChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClassification() {
		return classificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_Since() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_SupervisionClass() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_GasClass() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_HydrogeologicalType() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_SpontaneousCombustion() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_RockBurstRisk() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_StandardisationGrade() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClassification_Reason() {
		return (EAttribute)classificationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getClassification__IsSevereDisaster() {
		return classificationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLicence() {
		return licenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicence_Kind() {
		return (EAttribute)licenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicence_Number() {
		return (EAttribute)licenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicence_IssuedBy() {
		return (EAttribute)licenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicence_ValidFrom() {
		return (EAttribute)licenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLicence_ValidTo() {
		return (EAttribute)licenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMineArea() {
		return mineAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineArea_Id() {
		return (EAttribute)mineAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineArea_Name() {
		return (EAttribute)mineAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineArea_Kind() {
		return (EAttribute)mineAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineArea_Active() {
		return (EAttribute)mineAreaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineArea_PlannedYear() {
		return (EAttribute)mineAreaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMineKind() {
		return mineKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProductionStatus() {
		return productionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupervisionClass() {
		return supervisionClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGasClass() {
		return gasClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHydrogeologicalType() {
		return hydrogeologicalTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSpontaneousCombustion() {
		return spontaneousCombustionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRockBurstRisk() {
		return rockBurstRiskEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStandardisationGrade() {
		return standardisationGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLicenceKind() {
		return licenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaKind() {
		return areaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegistryFactory getRegistryFactory() {
		return (RegistryFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		enterpriseEClass = createEClass(ENTERPRISE);
		createEAttribute(enterpriseEClass, ENTERPRISE__NAME);
		createEAttribute(enterpriseEClass, ENTERPRISE__CREDIT_CODE);
		createEAttribute(enterpriseEClass, ENTERPRISE__GROUP);
		createEReference(enterpriseEClass, ENTERPRISE__PARENT);
		createEReference(enterpriseEClass, ENTERPRISE__JURISDICTION);
		createEAttribute(enterpriseEClass, ENTERPRISE__ADDRESS);

		mineEClass = createEClass(MINE);
		createEAttribute(mineEClass, MINE__NAME);
		createEAttribute(mineEClass, MINE__CODE);
		createEAttribute(mineEClass, MINE__KIND);
		createEReference(mineEClass, MINE__ENTERPRISE);
		createEReference(mineEClass, MINE__PROVINCE);
		createEReference(mineEClass, MINE__COUNTY);
		createEAttribute(mineEClass, MINE__ADDRESS);
		createEAttribute(mineEClass, MINE__LATITUDE);
		createEAttribute(mineEClass, MINE__LONGITUDE);
		createEAttribute(mineEClass, MINE__APPROVED_CAPACITY);
		createEReference(mineEClass, MINE__STATUS_HISTORY);
		createEReference(mineEClass, MINE__CLASS_HISTORY);
		createEReference(mineEClass, MINE__LICENCES);
		createEReference(mineEClass, MINE__AREAS);
		createEOperation(mineEClass, MINE___STATUS_ON__LOCALDATE);
		createEOperation(mineEClass, MINE___CLASSIFICATION_ON__LOCALDATE);

		statusChangeEClass = createEClass(STATUS_CHANGE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__STATUS);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__SINCE);
		createEAttribute(statusChangeEClass, STATUS_CHANGE__REASON);
		createEReference(statusChangeEClass, STATUS_CHANGE__RECORDED_BY);

		classificationEClass = createEClass(CLASSIFICATION);
		createEAttribute(classificationEClass, CLASSIFICATION__SINCE);
		createEAttribute(classificationEClass, CLASSIFICATION__SUPERVISION_CLASS);
		createEAttribute(classificationEClass, CLASSIFICATION__GAS_CLASS);
		createEAttribute(classificationEClass, CLASSIFICATION__HYDROGEOLOGICAL_TYPE);
		createEAttribute(classificationEClass, CLASSIFICATION__SPONTANEOUS_COMBUSTION);
		createEAttribute(classificationEClass, CLASSIFICATION__ROCK_BURST_RISK);
		createEAttribute(classificationEClass, CLASSIFICATION__STANDARDISATION_GRADE);
		createEAttribute(classificationEClass, CLASSIFICATION__REASON);
		createEOperation(classificationEClass, CLASSIFICATION___IS_SEVERE_DISASTER);

		licenceEClass = createEClass(LICENCE);
		createEAttribute(licenceEClass, LICENCE__KIND);
		createEAttribute(licenceEClass, LICENCE__NUMBER);
		createEAttribute(licenceEClass, LICENCE__ISSUED_BY);
		createEAttribute(licenceEClass, LICENCE__VALID_FROM);
		createEAttribute(licenceEClass, LICENCE__VALID_TO);

		mineAreaEClass = createEClass(MINE_AREA);
		createEAttribute(mineAreaEClass, MINE_AREA__ID);
		createEAttribute(mineAreaEClass, MINE_AREA__NAME);
		createEAttribute(mineAreaEClass, MINE_AREA__KIND);
		createEAttribute(mineAreaEClass, MINE_AREA__ACTIVE);
		createEAttribute(mineAreaEClass, MINE_AREA__PLANNED_YEAR);

		// Create enums
		mineKindEEnum = createEEnum(MINE_KIND);
		productionStatusEEnum = createEEnum(PRODUCTION_STATUS);
		supervisionClassEEnum = createEEnum(SUPERVISION_CLASS);
		gasClassEEnum = createEEnum(GAS_CLASS);
		hydrogeologicalTypeEEnum = createEEnum(HYDROGEOLOGICAL_TYPE);
		spontaneousCombustionEEnum = createEEnum(SPONTANEOUS_COMBUSTION);
		rockBurstRiskEEnum = createEEnum(ROCK_BURST_RISK);
		standardisationGradeEEnum = createEEnum(STANDARDISATION_GRADE);
		licenceKindEEnum = createEEnum(LICENCE_KIND);
		areaKindEEnum = createEEnum(AREA_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		BasePackage theBasePackage = (BasePackage)EPackage.Registry.INSTANCE.getEPackage(BasePackage.eNS_URI);
		JurisdictionPackage theJurisdictionPackage = (JurisdictionPackage)EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		PeoplePackage thePeoplePackage = (PeoplePackage)EPackage.Registry.INSTANCE.getEPackage(PeoplePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		enterpriseEClass.getESuperTypes().add(theBasePackage.getRecord());
		mineEClass.getESuperTypes().add(theBasePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(enterpriseEClass, Enterprise.class, "Enterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnterprise_Name(), ecorePackage.getEString(), "name", null, 1, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_CreditCode(), ecorePackage.getEString(), "creditCode", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Group(), ecorePackage.getEBoolean(), "group", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterprise_Parent(), this.getEnterprise(), null, "parent", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEnterprise_Jurisdiction(), theJurisdictionPackage.getJurisdiction(), null, "jurisdiction", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnterprise_Address(), ecorePackage.getEString(), "address", null, 0, 1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mineEClass, Mine.class, "Mine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMine_Name(), ecorePackage.getEString(), "name", null, 1, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_Code(), ecorePackage.getEString(), "code", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_Kind(), this.getMineKind(), "kind", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_Enterprise(), this.getEnterprise(), null, "enterprise", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_Province(), theJurisdictionPackage.getJurisdiction(), null, "province", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_County(), theJurisdictionPackage.getJurisdiction(), null, "county", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_Address(), ecorePackage.getEString(), "address", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_Latitude(), ecorePackage.getEBigDecimal(), "latitude", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_Longitude(), ecorePackage.getEBigDecimal(), "longitude", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMine_ApprovedCapacity(), ecorePackage.getEBigDecimal(), "approvedCapacity", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_StatusHistory(), this.getStatusChange(), null, "statusHistory", null, 0, -1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_ClassHistory(), this.getClassification(), null, "classHistory", null, 0, -1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_Licences(), this.getLicence(), null, "licences", null, 0, -1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMine_Areas(), this.getMineArea(), null, "areas", null, 0, -1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getMine__StatusOn__LocalDate(), this.getProductionStatus(), "statusOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, theBasePackage.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getMine__ClassificationOn__LocalDate(), this.getClassification(), "classificationOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, theBasePackage.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(statusChangeEClass, StatusChange.class, "StatusChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusChange_Status(), this.getProductionStatus(), "status", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Since(), theBasePackage.getLocalDate(), "since", null, 1, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStatusChange_RecordedBy(), thePeoplePackage.getPerson(), null, "recordedBy", null, 0, 1, StatusChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(classificationEClass, Classification.class, "Classification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClassification_Since(), theBasePackage.getLocalDate(), "since", null, 1, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_SupervisionClass(), this.getSupervisionClass(), "supervisionClass", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_GasClass(), this.getGasClass(), "gasClass", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_HydrogeologicalType(), this.getHydrogeologicalType(), "hydrogeologicalType", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_SpontaneousCombustion(), this.getSpontaneousCombustion(), "spontaneousCombustion", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_RockBurstRisk(), this.getRockBurstRisk(), "rockBurstRisk", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_StandardisationGrade(), this.getStandardisationGrade(), "standardisationGrade", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClassification_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getClassification__IsSevereDisaster(), ecorePackage.getEBoolean(), "isSevereDisaster", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(licenceEClass, Licence.class, "Licence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLicence_Kind(), this.getLicenceKind(), "kind", null, 0, 1, Licence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLicence_Number(), ecorePackage.getEString(), "number", null, 0, 1, Licence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLicence_IssuedBy(), ecorePackage.getEString(), "issuedBy", null, 0, 1, Licence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLicence_ValidFrom(), theBasePackage.getLocalDate(), "validFrom", null, 0, 1, Licence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLicence_ValidTo(), theBasePackage.getLocalDate(), "validTo", null, 0, 1, Licence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mineAreaEClass, MineArea.class, "MineArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMineArea_Id(), ecorePackage.getEString(), "id", null, 1, 1, MineArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMineArea_Name(), ecorePackage.getEString(), "name", null, 1, 1, MineArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMineArea_Kind(), this.getAreaKind(), "kind", null, 0, 1, MineArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMineArea_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, MineArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMineArea_PlannedYear(), ecorePackage.getEIntegerObject(), "plannedYear", null, 0, 1, MineArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(mineKindEEnum, MineKind.class, "MineKind");
		addEEnumLiteral(mineKindEEnum, MineKind.UNDERGROUND_COAL);
		addEEnumLiteral(mineKindEEnum, MineKind.OPEN_PIT_COAL);
		addEEnumLiteral(mineKindEEnum, MineKind.UNDERGROUND_NON_COAL);
		addEEnumLiteral(mineKindEEnum, MineKind.TAILINGS_POND);

		initEEnum(productionStatusEEnum, ProductionStatus.class, "ProductionStatus");
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.PRODUCING);
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.CONSTRUCTING);
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.ORDERED_TO_STOP);
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.LONG_TERM_STOPPED);
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.LISTED_FOR_EXIT);
		addEEnumLiteral(productionStatusEEnum, ProductionStatus.CLOSED);

		initEEnum(supervisionClassEEnum, SupervisionClass.class, "SupervisionClass");
		addEEnumLiteral(supervisionClassEEnum, SupervisionClass.UNRATED);
		addEEnumLiteral(supervisionClassEEnum, SupervisionClass.A);
		addEEnumLiteral(supervisionClassEEnum, SupervisionClass.B);
		addEEnumLiteral(supervisionClassEEnum, SupervisionClass.C);
		addEEnumLiteral(supervisionClassEEnum, SupervisionClass.D);

		initEEnum(gasClassEEnum, GasClass.class, "GasClass");
		addEEnumLiteral(gasClassEEnum, GasClass.UNRATED);
		addEEnumLiteral(gasClassEEnum, GasClass.LOW);
		addEEnumLiteral(gasClassEEnum, GasClass.HIGH);
		addEEnumLiteral(gasClassEEnum, GasClass.OUTBURST);

		initEEnum(hydrogeologicalTypeEEnum, HydrogeologicalType.class, "HydrogeologicalType");
		addEEnumLiteral(hydrogeologicalTypeEEnum, HydrogeologicalType.UNRATED);
		addEEnumLiteral(hydrogeologicalTypeEEnum, HydrogeologicalType.SIMPLE);
		addEEnumLiteral(hydrogeologicalTypeEEnum, HydrogeologicalType.MEDIUM);
		addEEnumLiteral(hydrogeologicalTypeEEnum, HydrogeologicalType.COMPLEX);
		addEEnumLiteral(hydrogeologicalTypeEEnum, HydrogeologicalType.VERY_COMPLEX);

		initEEnum(spontaneousCombustionEEnum, SpontaneousCombustion.class, "SpontaneousCombustion");
		addEEnumLiteral(spontaneousCombustionEEnum, SpontaneousCombustion.UNRATED);
		addEEnumLiteral(spontaneousCombustionEEnum, SpontaneousCombustion.PRONE);
		addEEnumLiteral(spontaneousCombustionEEnum, SpontaneousCombustion.COMBUSTIBLE);
		addEEnumLiteral(spontaneousCombustionEEnum, SpontaneousCombustion.NOT_PRONE);

		initEEnum(rockBurstRiskEEnum, RockBurstRisk.class, "RockBurstRisk");
		addEEnumLiteral(rockBurstRiskEEnum, RockBurstRisk.NONE);
		addEEnumLiteral(rockBurstRiskEEnum, RockBurstRisk.WEAK);
		addEEnumLiteral(rockBurstRiskEEnum, RockBurstRisk.MEDIUM);
		addEEnumLiteral(rockBurstRiskEEnum, RockBurstRisk.STRONG);

		initEEnum(standardisationGradeEEnum, StandardisationGrade.class, "StandardisationGrade");
		addEEnumLiteral(standardisationGradeEEnum, StandardisationGrade.UNRATED);
		addEEnumLiteral(standardisationGradeEEnum, StandardisationGrade.GRADE_1);
		addEEnumLiteral(standardisationGradeEEnum, StandardisationGrade.GRADE_2);
		addEEnumLiteral(standardisationGradeEEnum, StandardisationGrade.GRADE_3);

		initEEnum(licenceKindEEnum, LicenceKind.class, "LicenceKind");
		addEEnumLiteral(licenceKindEEnum, LicenceKind.MINING_LICENCE);
		addEEnumLiteral(licenceKindEEnum, LicenceKind.SAFETY_PRODUCTION_LICENCE);
		addEEnumLiteral(licenceKindEEnum, LicenceKind.BUSINESS_LICENCE);

		initEEnum(areaKindEEnum, AreaKind.class, "AreaKind");
		addEEnumLiteral(areaKindEEnum, AreaKind.MINING_DISTRICT);
		addEEnumLiteral(areaKindEEnum, AreaKind.COAL_FACE);
		addEEnumLiteral(areaKindEEnum, AreaKind.HEADING_FACE);
		addEEnumLiteral(areaKindEEnum, AreaKind.ROADWAY);
		addEEnumLiteral(areaKindEEnum, AreaKind.SURFACE);
		addEEnumLiteral(areaKindEEnum, AreaKind.BENCH);
		addEEnumLiteral(areaKindEEnum, AreaKind.DUMP);
		addEEnumLiteral(areaKindEEnum, AreaKind.OTHER);

		// Create resource
		createResource(eNS_URI);
	}

} //RegistryPackageImpl
