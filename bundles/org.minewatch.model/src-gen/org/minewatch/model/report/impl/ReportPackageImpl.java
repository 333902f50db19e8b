/**
 */
package org.minewatch.model.report.impl;

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

import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFactory;
import org.minewatch.model.report.ReportFigure;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;

import org.minewatch.model.schedule.SchedulePackage;

import org.minewatch.model.schedule.impl.SchedulePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ReportPackageImpl extends EPackageImpl implements ReportPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reportFigureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reportStatusEEnum = null;

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
	 * @see org.minewatch.model.report.ReportPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ReportPackageImpl() {
		super(eNS_URI, ReportFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ReportPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ReportPackage init() {
		if (isInited) return (ReportPackage)EPackage.Registry.INSTANCE.getEPackage(ReportPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredReportPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ReportPackageImpl theReportPackage = registeredReportPackage instanceof ReportPackageImpl ? (ReportPackageImpl)registeredReportPackage : new ReportPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(SchedulePackage.eNS_URI);
		SchedulePackageImpl theSchedulePackage = (SchedulePackageImpl)(registeredPackage instanceof SchedulePackageImpl ? registeredPackage : SchedulePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EnforcementPackage.eNS_URI);
		EnforcementPackageImpl theEnforcementPackage = (EnforcementPackageImpl)(registeredPackage instanceof EnforcementPackageImpl ? registeredPackage : EnforcementPackage.eINSTANCE);

		// Create package meta-data objects
		theReportPackage.createPackageContents();
		theBasePackage.createPackageContents();
		theJurisdictionPackage.createPackageContents();
		theRegistryPackage.createPackageContents();
		thePeoplePackage.createPackageContents();
		theChecklistPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theInspectionPackage.createPackageContents();
		theHazardPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theEnforcementPackage.createPackageContents();

		// Initialize created meta-data
		theReportPackage.initializePackageContents();
		theBasePackage.initializePackageContents();
		theJurisdictionPackage.initializePackageContents();
		theRegistryPackage.initializePackageContents();
		thePeoplePackage.initializePackageContents();
		theChecklistPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theInspectionPackage.initializePackageContents();
		theHazardPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theEnforcementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theReportPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ReportPackage.eNS_URI, theReportPackage);
		return theReportPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReport() {
		return reportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Kind() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Title() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_Status() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_PeriodStart() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_PeriodEnd() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_DueDate() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Author() {
		return (EReference)reportEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Mine() {
		return (EReference)reportEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Jurisdiction() {
		return (EReference)reportEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Campaign() {
		return (EReference)reportEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Inspection() {
		return (EReference)reportEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_SubmittedAt() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_RejectionReason() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_RedoOf() {
		return (EReference)reportEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Sections() {
		return (EReference)reportEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_AsOf() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReport_ChainHead() {
		return (EAttribute)reportEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReport_Figures() {
		return (EReference)reportEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportSection() {
		return reportSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSection_Order() {
		return (EAttribute)reportSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSection_Title() {
		return (EAttribute)reportSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSection_Text() {
		return (EAttribute)reportSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSection_Key() {
		return (EAttribute)reportSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportSection_Written() {
		return (EAttribute)reportSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReportFigure() {
		return reportFigureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportFigure_Key() {
		return (EAttribute)reportFigureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReportFigure_Value() {
		return (EAttribute)reportFigureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportKind() {
		return reportKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReportStatus() {
		return reportStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportFactory getReportFactory() {
		return (ReportFactory)getEFactoryInstance();
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
		reportEClass = createEClass(REPORT);
		createEAttribute(reportEClass, REPORT__KIND);
		createEAttribute(reportEClass, REPORT__TITLE);
		createEAttribute(reportEClass, REPORT__STATUS);
		createEAttribute(reportEClass, REPORT__PERIOD_START);
		createEAttribute(reportEClass, REPORT__PERIOD_END);
		createEAttribute(reportEClass, REPORT__DUE_DATE);
		createEReference(reportEClass, REPORT__AUTHOR);
		createEReference(reportEClass, REPORT__MINE);
		createEReference(reportEClass, REPORT__JURISDICTION);
		createEReference(reportEClass, REPORT__CAMPAIGN);
		createEReference(reportEClass, REPORT__INSPECTION);
		createEAttribute(reportEClass, REPORT__SUBMITTED_AT);
		createEAttribute(reportEClass, REPORT__REJECTION_REASON);
		createEReference(reportEClass, REPORT__REDO_OF);
		createEReference(reportEClass, REPORT__SECTIONS);
		createEAttribute(reportEClass, REPORT__AS_OF);
		createEAttribute(reportEClass, REPORT__CHAIN_HEAD);
		createEReference(reportEClass, REPORT__FIGURES);

		reportSectionEClass = createEClass(REPORT_SECTION);
		createEAttribute(reportSectionEClass, REPORT_SECTION__ORDER);
		createEAttribute(reportSectionEClass, REPORT_SECTION__TITLE);
		createEAttribute(reportSectionEClass, REPORT_SECTION__TEXT);
		createEAttribute(reportSectionEClass, REPORT_SECTION__KEY);
		createEAttribute(reportSectionEClass, REPORT_SECTION__WRITTEN);

		reportFigureEClass = createEClass(REPORT_FIGURE);
		createEAttribute(reportFigureEClass, REPORT_FIGURE__KEY);
		createEAttribute(reportFigureEClass, REPORT_FIGURE__VALUE);

		// Create enums
		reportKindEEnum = createEEnum(REPORT_KIND);
		reportStatusEEnum = createEEnum(REPORT_STATUS);
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
		JurisdictionPackage theJurisdictionPackage = (JurisdictionPackage)EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		CampaignPackage theCampaignPackage = (CampaignPackage)EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);
		InspectionPackage theInspectionPackage = (InspectionPackage)EPackage.Registry.INSTANCE.getEPackage(InspectionPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		reportEClass.getESuperTypes().add(theBasePackage.getLegalRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(reportEClass, Report.class, "Report", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReport_Kind(), this.getReportKind(), "kind", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Title(), ecorePackage.getEString(), "title", null, 1, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_Status(), this.getReportStatus(), "status", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_PeriodStart(), theBasePackage.getLocalDate(), "periodStart", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_PeriodEnd(), theBasePackage.getLocalDate(), "periodEnd", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_DueDate(), theBasePackage.getLocalDate(), "dueDate", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Author(), thePeoplePackage.getPerson(), null, "author", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Mine(), theRegistryPackage.getMine(), null, "mine", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Jurisdiction(), theJurisdictionPackage.getJurisdiction(), null, "jurisdiction", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Campaign(), theCampaignPackage.getCampaign(), null, "campaign", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Inspection(), theInspectionPackage.getInspection(), null, "inspection", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_SubmittedAt(), theBasePackage.getInstant(), "submittedAt", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_RejectionReason(), ecorePackage.getEString(), "rejectionReason", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_RedoOf(), this.getReport(), null, "redoOf", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Sections(), this.getReportSection(), null, "sections", null, 0, -1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_AsOf(), theBasePackage.getInstant(), "asOf", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReport_ChainHead(), ecorePackage.getEString(), "chainHead", null, 0, 1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReport_Figures(), this.getReportFigure(), null, "figures", null, 0, -1, Report.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportSectionEClass, ReportSection.class, "ReportSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportSection_Order(), ecorePackage.getEInt(), "order", null, 0, 1, ReportSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSection_Title(), ecorePackage.getEString(), "title", null, 1, 1, ReportSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSection_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReportSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSection_Key(), ecorePackage.getEString(), "key", null, 0, 1, ReportSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportSection_Written(), ecorePackage.getEBoolean(), "written", null, 0, 1, ReportSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reportFigureEClass, ReportFigure.class, "ReportFigure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReportFigure_Key(), ecorePackage.getEString(), "key", null, 1, 1, ReportFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReportFigure_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, ReportFigure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(reportKindEEnum, ReportKind.class, "ReportKind");
		addEEnumLiteral(reportKindEEnum, ReportKind.SELF_INSPECTION);
		addEEnumLiteral(reportKindEEnum, ReportKind.INVESTIGATION);
		addEEnumLiteral(reportKindEEnum, ReportKind.ENFORCEMENT);
		addEEnumLiteral(reportKindEEnum, ReportKind.MONTHLY_PROGRESS);
		addEEnumLiteral(reportKindEEnum, ReportKind.ANALYSIS);

		initEEnum(reportStatusEEnum, ReportStatus.class, "ReportStatus");
		addEEnumLiteral(reportStatusEEnum, ReportStatus.DRAFT);
		addEEnumLiteral(reportStatusEEnum, ReportStatus.SUBMITTED);
		addEEnumLiteral(reportStatusEEnum, ReportStatus.ACCEPTED);
		addEEnumLiteral(reportStatusEEnum, ReportStatus.REJECTED);

		// Create resource
		createResource(eNS_URI);
	}

} //ReportPackageImpl
