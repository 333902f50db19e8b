/**
 */
package org.minewatch.model.jurisdiction.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.minewatch.model.jurisdiction.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class JurisdictionFactoryImpl extends EFactoryImpl implements JurisdictionFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static JurisdictionFactory init() {
		try {
			JurisdictionFactory theJurisdictionFactory = (JurisdictionFactory)EPackage.Registry.INSTANCE.getEFactory(JurisdictionPackage.eNS_URI);
			if (theJurisdictionFactory != null) {
				return theJurisdictionFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new JurisdictionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JurisdictionFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case JurisdictionPackage.DIVISION_EDITION: return createDivisionEdition();
			case JurisdictionPackage.JURISDICTION: return createJurisdiction();
			case JurisdictionPackage.AGENCY: return createAgency();
			case JurisdictionPackage.AGENCY_NAME: return createAgencyName();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case JurisdictionPackage.JURISDICTION_LEVEL:
				return createJurisdictionLevelFromString(eDataType, initialValue);
			case JurisdictionPackage.AGENCY_KIND:
				return createAgencyKindFromString(eDataType, initialValue);
			case JurisdictionPackage.REGULATOR_DEPARTMENT:
				return createRegulatorDepartmentFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case JurisdictionPackage.JURISDICTION_LEVEL:
				return convertJurisdictionLevelToString(eDataType, instanceValue);
			case JurisdictionPackage.AGENCY_KIND:
				return convertAgencyKindToString(eDataType, instanceValue);
			case JurisdictionPackage.REGULATOR_DEPARTMENT:
				return convertRegulatorDepartmentToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DivisionEdition createDivisionEdition() {
		DivisionEditionImpl divisionEdition = new DivisionEditionImpl();
		return divisionEdition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction createJurisdiction() {
		JurisdictionImpl jurisdiction = new JurisdictionImpl();
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgencyName createAgencyName() {
		AgencyNameImpl agencyName = new AgencyNameImpl();
		return agencyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JurisdictionLevel createJurisdictionLevelFromString(EDataType eDataType, String initialValue) {
		JurisdictionLevel result = JurisdictionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJurisdictionLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AgencyKind createAgencyKindFromString(EDataType eDataType, String initialValue) {
		AgencyKind result = AgencyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAgencyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegulatorDepartment createRegulatorDepartmentFromString(EDataType eDataType, String initialValue) {
		RegulatorDepartment result = RegulatorDepartment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegulatorDepartmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JurisdictionPackage getJurisdictionPackage() {
		return (JurisdictionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static JurisdictionPackage getPackage() {
		return JurisdictionPackage.eINSTANCE;
	}

} //JurisdictionFactoryImpl
