/**
 */
package org.minewatch.model.base.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.Edition;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Setting;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;

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

import org.minewatch.model.schedule.SchedulePackage;

import org.minewatch.model.schedule.impl.SchedulePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BasePackageImpl extends EPackageImpl implements BasePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass legalRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vocabularyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass termEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass settingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

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
	 * @see org.minewatch.model.base.BasePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BasePackageImpl() {
		super(eNS_URI, BaseFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link BasePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BasePackage init() {
		if (isInited) return (BasePackage)EPackage.Registry.INSTANCE.getEPackage(BasePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBasePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BasePackageImpl theBasePackage = registeredBasePackage instanceof BasePackageImpl ? (BasePackageImpl)registeredBasePackage : new BasePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ReportPackage.eNS_URI);
		ReportPackageImpl theReportPackage = (ReportPackageImpl)(registeredPackage instanceof ReportPackageImpl ? registeredPackage : ReportPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(EnforcementPackage.eNS_URI);
		EnforcementPackageImpl theEnforcementPackage = (EnforcementPackageImpl)(registeredPackage instanceof EnforcementPackageImpl ? registeredPackage : EnforcementPackage.eINSTANCE);

		// Create package meta-data objects
		theBasePackage.createPackageContents();
		theJurisdictionPackage.createPackageContents();
		theRegistryPackage.createPackageContents();
		thePeoplePackage.createPackageContents();
		theChecklistPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theInspectionPackage.createPackageContents();
		theHazardPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theReportPackage.createPackageContents();
		theEnforcementPackage.createPackageContents();

		// Initialize created meta-data
		theBasePackage.initializePackageContents();
		theJurisdictionPackage.initializePackageContents();
		theRegistryPackage.initializePackageContents();
		thePeoplePackage.initializePackageContents();
		theChecklistPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theInspectionPackage.initializePackageContents();
		theHazardPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theReportPackage.initializePackageContents();
		theEnforcementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBasePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BasePackage.eNS_URI, theBasePackage);
		return theBasePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Id() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecord_Owner() {
		return (EReference)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Revision() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_CreatedAt() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLegalRecord() {
		return legalRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecord_VoidedAt() {
		return (EAttribute)legalRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLegalRecord_VoidedBy() {
		return (EReference)legalRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecord_VoidReason() {
		return (EAttribute)legalRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLegalRecord_SupersededBy() {
		return (EReference)legalRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLegalRecord_SupersedeReason() {
		return (EAttribute)legalRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLegalRecord__IsVoided() {
		return legalRecordEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLegalRecord__IsSuperseded() {
		return legalRecordEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdition() {
		return editionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Edition() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Source() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_Licence() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_ValidFrom() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdition_ValidTo() {
		return (EAttribute)editionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEdition__IsValidOn__LocalDate() {
		return editionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVocabulary() {
		return vocabularyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabulary_Name() {
		return (EAttribute)vocabularyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabulary_TitleZh() {
		return (EAttribute)vocabularyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVocabulary_TitleEn() {
		return (EAttribute)vocabularyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVocabulary_Terms() {
		return (EReference)vocabularyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerm() {
		return termEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Code() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_LabelZh() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_LabelEn() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Retired() {
		return (EAttribute)termEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerm_Vocabulary() {
		return (EReference)termEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerm_Parent() {
		return (EReference)termEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerm_Children() {
		return (EReference)termEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetting() {
		return settingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetting_Key() {
		return (EAttribute)settingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetting_Value() {
		return (EAttribute)settingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetting_Description() {
		return (EAttribute)settingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseFactory getBaseFactory() {
		return (BaseFactory)getEFactoryInstance();
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
		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__ID);
		createEReference(recordEClass, RECORD__OWNER);
		createEAttribute(recordEClass, RECORD__REVISION);
		createEAttribute(recordEClass, RECORD__CREATED_AT);

		legalRecordEClass = createEClass(LEGAL_RECORD);
		createEAttribute(legalRecordEClass, LEGAL_RECORD__VOIDED_AT);
		createEReference(legalRecordEClass, LEGAL_RECORD__VOIDED_BY);
		createEAttribute(legalRecordEClass, LEGAL_RECORD__VOID_REASON);
		createEReference(legalRecordEClass, LEGAL_RECORD__SUPERSEDED_BY);
		createEAttribute(legalRecordEClass, LEGAL_RECORD__SUPERSEDE_REASON);
		createEOperation(legalRecordEClass, LEGAL_RECORD___IS_VOIDED);
		createEOperation(legalRecordEClass, LEGAL_RECORD___IS_SUPERSEDED);

		editionEClass = createEClass(EDITION);
		createEAttribute(editionEClass, EDITION__EDITION);
		createEAttribute(editionEClass, EDITION__SOURCE);
		createEAttribute(editionEClass, EDITION__LICENCE);
		createEAttribute(editionEClass, EDITION__VALID_FROM);
		createEAttribute(editionEClass, EDITION__VALID_TO);
		createEOperation(editionEClass, EDITION___IS_VALID_ON__LOCALDATE);

		vocabularyEClass = createEClass(VOCABULARY);
		createEAttribute(vocabularyEClass, VOCABULARY__NAME);
		createEAttribute(vocabularyEClass, VOCABULARY__TITLE_ZH);
		createEAttribute(vocabularyEClass, VOCABULARY__TITLE_EN);
		createEReference(vocabularyEClass, VOCABULARY__TERMS);

		termEClass = createEClass(TERM);
		createEAttribute(termEClass, TERM__CODE);
		createEAttribute(termEClass, TERM__LABEL_ZH);
		createEAttribute(termEClass, TERM__LABEL_EN);
		createEAttribute(termEClass, TERM__RETIRED);
		createEReference(termEClass, TERM__VOCABULARY);
		createEReference(termEClass, TERM__PARENT);
		createEReference(termEClass, TERM__CHILDREN);

		settingEClass = createEClass(SETTING);
		createEAttribute(settingEClass, SETTING__KEY);
		createEAttribute(settingEClass, SETTING__VALUE);
		createEAttribute(settingEClass, SETTING__DESCRIPTION);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
		localDateEDataType = createEDataType(LOCAL_DATE);
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
		JurisdictionPackage theJurisdictionPackage = (JurisdictionPackage)EPackage.Registry.INSTANCE.getEPackage(JurisdictionPackage.eNS_URI);
		PeoplePackage thePeoplePackage = (PeoplePackage)EPackage.Registry.INSTANCE.getEPackage(PeoplePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		legalRecordEClass.getESuperTypes().add(this.getRecord());
		vocabularyEClass.getESuperTypes().add(this.getEdition());
		settingEClass.getESuperTypes().add(this.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(recordEClass, org.minewatch.model.base.Record.class, "Record", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, org.minewatch.model.base.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRecord_Owner(), theJurisdictionPackage.getAgency(), null, "owner", null, 1, 1, org.minewatch.model.base.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_Revision(), ecorePackage.getELong(), "revision", null, 0, 1, org.minewatch.model.base.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, org.minewatch.model.base.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(legalRecordEClass, LegalRecord.class, "LegalRecord", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLegalRecord_VoidedAt(), this.getInstant(), "voidedAt", null, 0, 1, LegalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLegalRecord_VoidedBy(), thePeoplePackage.getPerson(), null, "voidedBy", null, 0, 1, LegalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalRecord_VoidReason(), ecorePackage.getEString(), "voidReason", null, 0, 1, LegalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLegalRecord_SupersededBy(), this.getLegalRecord(), null, "supersededBy", null, 0, 1, LegalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLegalRecord_SupersedeReason(), ecorePackage.getEString(), "supersedeReason", null, 0, 1, LegalRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getLegalRecord__IsVoided(), ecorePackage.getEBoolean(), "isVoided", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getLegalRecord__IsSuperseded(), ecorePackage.getEBoolean(), "isSuperseded", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(editionEClass, Edition.class, "Edition", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdition_Edition(), ecorePackage.getEString(), "edition", null, 1, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Source(), ecorePackage.getEString(), "source", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdition_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, Edition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getEdition__IsValidOn__LocalDate(), ecorePackage.getEBoolean(), "isValidOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getLocalDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(vocabularyEClass, Vocabulary.class, "Vocabulary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVocabulary_Name(), ecorePackage.getEString(), "name", null, 1, 1, Vocabulary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVocabulary_TitleZh(), ecorePackage.getEString(), "titleZh", null, 0, 1, Vocabulary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVocabulary_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, Vocabulary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVocabulary_Terms(), this.getTerm(), this.getTerm_Vocabulary(), "terms", null, 0, -1, Vocabulary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(termEClass, Term.class, "Term", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerm_Code(), ecorePackage.getEString(), "code", null, 1, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_LabelZh(), ecorePackage.getEString(), "labelZh", null, 1, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_LabelEn(), ecorePackage.getEString(), "labelEn", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Retired(), ecorePackage.getEBoolean(), "retired", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerm_Vocabulary(), this.getVocabulary(), this.getVocabulary_Terms(), "vocabulary", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerm_Parent(), this.getTerm(), this.getTerm_Children(), "parent", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerm_Children(), this.getTerm(), this.getTerm_Parent(), "children", null, 0, -1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(settingEClass, Setting.class, "Setting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSetting_Key(), ecorePackage.getEString(), "key", null, 1, 1, Setting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetting_Value(), ecorePackage.getEString(), "value", null, 0, 1, Setting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetting_Description(), ecorePackage.getEString(), "description", null, 0, 1, Setting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //BasePackageImpl
