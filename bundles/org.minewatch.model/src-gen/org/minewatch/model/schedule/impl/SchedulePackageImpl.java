/**
 */
package org.minewatch.model.schedule.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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

import org.minewatch.model.registry.RegistryPackage;

import org.minewatch.model.registry.impl.RegistryPackageImpl;

import org.minewatch.model.report.ReportPackage;

import org.minewatch.model.report.impl.ReportPackageImpl;

import org.minewatch.model.schedule.InvestigationPlan;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.MonitorReason;
import org.minewatch.model.schedule.PlanTarget;
import org.minewatch.model.schedule.PlanTeam;
import org.minewatch.model.schedule.ScheduleFactory;
import org.minewatch.model.schedule.SchedulePackage;
import org.minewatch.model.schedule.Visit;
import org.minewatch.model.schedule.VisitKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SchedulePackageImpl extends EPackageImpl implements SchedulePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monitorAssignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass visitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass investigationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planTeamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum monitorReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum visitKindEEnum = null;

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
	 * @see org.minewatch.model.schedule.SchedulePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SchedulePackageImpl() {
		super(eNS_URI, ScheduleFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SchedulePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SchedulePackage init() {
		if (isInited) return (SchedulePackage)EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSchedulePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SchedulePackageImpl theSchedulePackage = registeredSchedulePackage instanceof SchedulePackageImpl ? (SchedulePackageImpl)registeredSchedulePackage : new SchedulePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(BasePackage.eNS_URI);
		BasePackageImpl theBasePackage = (BasePackageImpl)(registeredPackage instanceof BasePackageImpl ? registeredPackage : BasePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		JurisdictionPackageImpl theJurisdictionPackage = (JurisdictionPackageImpl)(registeredPackage instanceof JurisdictionPackageImpl ? registeredPackage : JurisdictionPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RegistryPackage.eNS_URI);
		RegistryPackageImpl theRegistryPackage = (RegistryPackageImpl)(registeredPackage instanceof RegistryPackageImpl ? registeredPackage : RegistryPackage.eINSTANCE);
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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ReportPackage.eNS_URI);
		ReportPackageImpl theReportPackage = (ReportPackageImpl)(registeredPackage instanceof ReportPackageImpl ? registeredPackage : ReportPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EnforcementPackage.eNS_URI);
		EnforcementPackageImpl theEnforcementPackage = (EnforcementPackageImpl)(registeredPackage instanceof EnforcementPackageImpl ? registeredPackage : EnforcementPackage.eINSTANCE);

		// Create package meta-data objects
		theSchedulePackage.createPackageContents();
		theBasePackage.createPackageContents();
		theJurisdictionPackage.createPackageContents();
		theRegistryPackage.createPackageContents();
		thePeoplePackage.createPackageContents();
		theChecklistPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theInspectionPackage.createPackageContents();
		theHazardPackage.createPackageContents();
		theReportPackage.createPackageContents();
		theEnforcementPackage.createPackageContents();

		// Initialize created meta-data
		theSchedulePackage.initializePackageContents();
		theBasePackage.initializePackageContents();
		theJurisdictionPackage.initializePackageContents();
		theRegistryPackage.initializePackageContents();
		thePeoplePackage.initializePackageContents();
		theChecklistPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theInspectionPackage.initializePackageContents();
		theHazardPackage.initializePackageContents();
		theReportPackage.initializePackageContents();
		theEnforcementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSchedulePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SchedulePackage.eNS_URI, theSchedulePackage);
		return theSchedulePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonitorAssignment() {
		return monitorAssignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitorAssignment_Person() {
		return (EReference)monitorAssignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonitorAssignment_Mine() {
		return (EReference)monitorAssignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitorAssignment_StartDate() {
		return (EAttribute)monitorAssignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitorAssignment_EndDate() {
		return (EAttribute)monitorAssignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitorAssignment_Reason() {
		return (EAttribute)monitorAssignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVisit() {
		return visitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_Kind() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Mine() {
		return (EReference)visitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_PlannedDate() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVisit_DoneDate() {
		return (EAttribute)visitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Team() {
		return (EReference)visitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVisit_Inspection() {
		return (EReference)visitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInvestigationPlan() {
		return investigationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationPlan_Name() {
		return (EAttribute)investigationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationPlan_Agency() {
		return (EReference)investigationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationPlan_Campaign() {
		return (EReference)investigationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationPlan_StartDate() {
		return (EAttribute)investigationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInvestigationPlan_EndDate() {
		return (EAttribute)investigationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationPlan_Teams() {
		return (EReference)investigationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInvestigationPlan_Targets() {
		return (EReference)investigationPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanTeam() {
		return planTeamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTeam_Id() {
		return (EAttribute)planTeamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTeam_Name() {
		return (EAttribute)planTeamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTeam_Members() {
		return (EReference)planTeamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanTarget() {
		return planTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTarget_Order() {
		return (EAttribute)planTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTarget_Mine() {
		return (EReference)planTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTarget_Team() {
		return (EReference)planTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTarget_PlannedStart() {
		return (EAttribute)planTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTarget_Days() {
		return (EAttribute)planTargetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMonitorReason() {
		return monitorReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVisitKind() {
		return visitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleFactory getScheduleFactory() {
		return (ScheduleFactory)getEFactoryInstance();
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
		monitorAssignmentEClass = createEClass(MONITOR_ASSIGNMENT);
		createEReference(monitorAssignmentEClass, MONITOR_ASSIGNMENT__PERSON);
		createEReference(monitorAssignmentEClass, MONITOR_ASSIGNMENT__MINE);
		createEAttribute(monitorAssignmentEClass, MONITOR_ASSIGNMENT__START_DATE);
		createEAttribute(monitorAssignmentEClass, MONITOR_ASSIGNMENT__END_DATE);
		createEAttribute(monitorAssignmentEClass, MONITOR_ASSIGNMENT__REASON);

		visitEClass = createEClass(VISIT);
		createEAttribute(visitEClass, VISIT__KIND);
		createEReference(visitEClass, VISIT__MINE);
		createEAttribute(visitEClass, VISIT__PLANNED_DATE);
		createEAttribute(visitEClass, VISIT__DONE_DATE);
		createEReference(visitEClass, VISIT__TEAM);
		createEReference(visitEClass, VISIT__INSPECTION);

		investigationPlanEClass = createEClass(INVESTIGATION_PLAN);
		createEAttribute(investigationPlanEClass, INVESTIGATION_PLAN__NAME);
		createEReference(investigationPlanEClass, INVESTIGATION_PLAN__AGENCY);
		createEReference(investigationPlanEClass, INVESTIGATION_PLAN__CAMPAIGN);
		createEAttribute(investigationPlanEClass, INVESTIGATION_PLAN__START_DATE);
		createEAttribute(investigationPlanEClass, INVESTIGATION_PLAN__END_DATE);
		createEReference(investigationPlanEClass, INVESTIGATION_PLAN__TEAMS);
		createEReference(investigationPlanEClass, INVESTIGATION_PLAN__TARGETS);

		planTeamEClass = createEClass(PLAN_TEAM);
		createEAttribute(planTeamEClass, PLAN_TEAM__ID);
		createEAttribute(planTeamEClass, PLAN_TEAM__NAME);
		createEReference(planTeamEClass, PLAN_TEAM__MEMBERS);

		planTargetEClass = createEClass(PLAN_TARGET);
		createEAttribute(planTargetEClass, PLAN_TARGET__ORDER);
		createEReference(planTargetEClass, PLAN_TARGET__MINE);
		createEReference(planTargetEClass, PLAN_TARGET__TEAM);
		createEAttribute(planTargetEClass, PLAN_TARGET__PLANNED_START);
		createEAttribute(planTargetEClass, PLAN_TARGET__DAYS);

		// Create enums
		monitorReasonEEnum = createEEnum(MONITOR_REASON);
		visitKindEEnum = createEEnum(VISIT_KIND);
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
		PeoplePackage thePeoplePackage = (PeoplePackage)EPackage.Registry.INSTANCE.getEPackage(PeoplePackage.eNS_URI);
		RegistryPackage theRegistryPackage = (RegistryPackage)EPackage.Registry.INSTANCE.getEPackage(RegistryPackage.eNS_URI);
		InspectionPackage theInspectionPackage = (InspectionPackage)EPackage.Registry.INSTANCE.getEPackage(InspectionPackage.eNS_URI);
		JurisdictionPackage theJurisdictionPackage = (JurisdictionPackage)EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		CampaignPackage theCampaignPackage = (CampaignPackage)EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		monitorAssignmentEClass.getESuperTypes().add(theBasePackage.getRecord());
		visitEClass.getESuperTypes().add(theBasePackage.getRecord());
		investigationPlanEClass.getESuperTypes().add(theBasePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(monitorAssignmentEClass, MonitorAssignment.class, "MonitorAssignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMonitorAssignment_Person(), thePeoplePackage.getPerson(), null, "person", null, 1, 1, MonitorAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonitorAssignment_Mine(), theRegistryPackage.getMine(), null, "mine", null, 1, 1, MonitorAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitorAssignment_StartDate(), theBasePackage.getLocalDate(), "startDate", null, 1, 1, MonitorAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitorAssignment_EndDate(), theBasePackage.getLocalDate(), "endDate", null, 0, 1, MonitorAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitorAssignment_Reason(), this.getMonitorReason(), "reason", null, 0, 1, MonitorAssignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(visitEClass, Visit.class, "Visit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVisit_Kind(), this.getVisitKind(), "kind", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisit_Mine(), theRegistryPackage.getMine(), null, "mine", null, 1, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_PlannedDate(), theBasePackage.getLocalDate(), "plannedDate", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVisit_DoneDate(), theBasePackage.getLocalDate(), "doneDate", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisit_Team(), thePeoplePackage.getPerson(), null, "team", null, 0, -1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVisit_Inspection(), theInspectionPackage.getInspection(), null, "inspection", null, 0, 1, Visit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(investigationPlanEClass, InvestigationPlan.class, "InvestigationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInvestigationPlan_Name(), ecorePackage.getEString(), "name", null, 1, 1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationPlan_Agency(), theJurisdictionPackage.getAgency(), null, "agency", null, 0, 1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationPlan_Campaign(), theCampaignPackage.getCampaign(), null, "campaign", null, 0, 1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationPlan_StartDate(), theBasePackage.getLocalDate(), "startDate", null, 0, 1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInvestigationPlan_EndDate(), theBasePackage.getLocalDate(), "endDate", null, 0, 1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationPlan_Teams(), this.getPlanTeam(), null, "teams", null, 0, -1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInvestigationPlan_Targets(), this.getPlanTarget(), null, "targets", null, 0, -1, InvestigationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planTeamEClass, PlanTeam.class, "PlanTeam", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanTeam_Id(), ecorePackage.getEString(), "id", null, 1, 1, PlanTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTeam_Name(), ecorePackage.getEString(), "name", null, 0, 1, PlanTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTeam_Members(), thePeoplePackage.getPerson(), null, "members", null, 0, -1, PlanTeam.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planTargetEClass, PlanTarget.class, "PlanTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanTarget_Order(), ecorePackage.getEInt(), "order", null, 0, 1, PlanTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTarget_Mine(), theRegistryPackage.getMine(), null, "mine", null, 1, 1, PlanTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTarget_Team(), this.getPlanTeam(), null, "team", null, 0, 1, PlanTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTarget_PlannedStart(), theBasePackage.getLocalDate(), "plannedStart", null, 0, 1, PlanTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTarget_Days(), ecorePackage.getEInt(), "days", null, 0, 1, PlanTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(monitorReasonEEnum, MonitorReason.class, "MonitorReason");
		addEEnumLiteral(monitorReasonEEnum, MonitorReason.HIGH_RISK);
		addEEnumLiteral(monitorReasonEEnum, MonitorReason.STOPPED);
		addEEnumLiteral(monitorReasonEEnum, MonitorReason.CLOSING);
		addEEnumLiteral(monitorReasonEEnum, MonitorReason.RESUMING);
		addEEnumLiteral(monitorReasonEEnum, MonitorReason.OTHER);

		initEEnum(visitKindEEnum, VisitKind.class, "VisitKind");
		addEEnumLiteral(visitKindEEnum, VisitKind.PATROL);
		addEEnumLiteral(visitKindEEnum, VisitKind.SURPRISE_CHECK);
		addEEnumLiteral(visitKindEEnum, VisitKind.CLOSED_MINE_CHECK);
		addEEnumLiteral(visitKindEEnum, VisitKind.RESUMPTION_CHECK);

		// Create resource
		createResource(eNS_URI);
	}

} //SchedulePackageImpl
