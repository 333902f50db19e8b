/**
 */
package org.minewatch.model.people.impl;

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

import org.minewatch.model.people.Account;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.PeoplePackage;
import org.minewatch.model.people.Person;
import org.minewatch.model.people.Role;

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
public class PeoplePackageImpl extends EPackageImpl implements PeoplePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

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
	 * @see org.minewatch.model.people.PeoplePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PeoplePackageImpl() {
		super(eNS_URI, PeopleFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PeoplePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PeoplePackage init() {
		if (isInited) return (PeoplePackage)EPackage.Registry.INSTANCE.getEPackage(PeoplePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPeoplePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PeoplePackageImpl thePeoplePackage = registeredPeoplePackage instanceof PeoplePackageImpl ? (PeoplePackageImpl)registeredPeoplePackage : new PeoplePackageImpl();

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
		thePeoplePackage.createPackageContents();
		theBasePackage.createPackageContents();
		theJurisdictionPackage.createPackageContents();
		theRegistryPackage.createPackageContents();
		theChecklistPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theInspectionPackage.createPackageContents();
		theHazardPackage.createPackageContents();
		theSchedulePackage.createPackageContents();
		theReportPackage.createPackageContents();
		theEnforcementPackage.createPackageContents();

		// Initialize created meta-data
		thePeoplePackage.initializePackageContents();
		theBasePackage.initializePackageContents();
		theJurisdictionPackage.initializePackageContents();
		theRegistryPackage.initializePackageContents();
		theChecklistPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theInspectionPackage.initializePackageContents();
		theHazardPackage.initializePackageContents();
		theSchedulePackage.initializePackageContents();
		theReportPackage.initializePackageContents();
		theEnforcementPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePeoplePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PeoplePackage.eNS_URI, thePeoplePackage);
		return thePeoplePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Phone() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Agency() {
		return (EReference)personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Enterprise() {
		return (EReference)personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Mine() {
		return (EReference)personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Specialities() {
		return (EReference)personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_CertificateNumber() {
		return (EAttribute)personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Account() {
		return (EReference)personEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Username() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Enabled() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Roles() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccount_Scope() {
		return (EReference)accountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeopleFactory getPeopleFactory() {
		return (PeopleFactory)getEFactoryInstance();
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
		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__PHONE);
		createEReference(personEClass, PERSON__AGENCY);
		createEReference(personEClass, PERSON__ENTERPRISE);
		createEReference(personEClass, PERSON__MINE);
		createEReference(personEClass, PERSON__SPECIALITIES);
		createEAttribute(personEClass, PERSON__CERTIFICATE_NUMBER);
		createEReference(personEClass, PERSON__ACCOUNT);

		accountEClass = createEClass(ACCOUNT);
		createEAttribute(accountEClass, ACCOUNT__USERNAME);
		createEAttribute(accountEClass, ACCOUNT__ENABLED);
		createEAttribute(accountEClass, ACCOUNT__ROLES);
		createEReference(accountEClass, ACCOUNT__SCOPE);

		// Create enums
		roleEEnum = createEEnum(ROLE);
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
		RegistryPackage theRegistryPackage = (RegistryPackage)EPackage.Registry.INSTANCE.getEPackage(RegistryPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		personEClass.getESuperTypes().add(theBasePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 1, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Agency(), theJurisdictionPackage.getAgency(), null, "agency", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Enterprise(), theRegistryPackage.getEnterprise(), null, "enterprise", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Mine(), theRegistryPackage.getMine(), null, "mine", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Specialities(), theBasePackage.getTerm(), null, "specialities", null, 0, -1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_CertificateNumber(), ecorePackage.getEString(), "certificateNumber", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Account(), this.getAccount(), null, "account", null, 0, 1, Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccount_Username(), ecorePackage.getEString(), "username", null, 1, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Roles(), this.getRole(), "roles", null, 0, -1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccount_Scope(), theJurisdictionPackage.getJurisdiction(), null, "scope", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);
		addEEnumLiteral(roleEEnum, Role.NATIONAL_OFFICIAL);
		addEEnumLiteral(roleEEnum, Role.SUPERVISOR);
		addEEnumLiteral(roleEEnum, Role.REGULATOR);
		addEEnumLiteral(roleEEnum, Role.RESIDENT_MONITOR);
		addEEnumLiteral(roleEEnum, Role.ENTERPRISE_STAFF);
		addEEnumLiteral(roleEEnum, Role.MINE_STAFF);
		addEEnumLiteral(roleEEnum, Role.EXPERT);
		addEEnumLiteral(roleEEnum, Role.VIEWER);

		// Create resource
		createResource(eNS_URI);
	}

} //PeoplePackageImpl
