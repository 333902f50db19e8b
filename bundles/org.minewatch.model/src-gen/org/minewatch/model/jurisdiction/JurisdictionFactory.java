/**
 */
package org.minewatch.model.jurisdiction;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.jurisdiction.JurisdictionPackage
 * @generated
 */
public interface JurisdictionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JurisdictionFactory eINSTANCE = org.minewatch.model.jurisdiction.impl.JurisdictionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Division Edition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Division Edition</em>'.
	 * @generated
	 */
	DivisionEdition createDivisionEdition();

	/**
	 * Returns a new object of class '<em>Jurisdiction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Jurisdiction</em>'.
	 * @generated
	 */
	Jurisdiction createJurisdiction();

	/**
	 * Returns a new object of class '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agency</em>'.
	 * @generated
	 */
	Agency createAgency();

	/**
	 * Returns a new object of class '<em>Agency Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agency Name</em>'.
	 * @generated
	 */
	AgencyName createAgencyName();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	JurisdictionPackage getJurisdictionPackage();

} //JurisdictionFactory
