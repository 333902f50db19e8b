/**
 */
package org.minewatch.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Licence Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.registry.RegistryPackage#getLicenceKind()
 * @model
 * @generated
 */
public enum LicenceKind implements Enumerator {
	/**
	 * The '<em><b>MINING LICENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINING_LICENCE_VALUE
	 * @generated
	 * @ordered
	 */
	MINING_LICENCE(0, "MINING_LICENCE", "MINING_LICENCE"),

	/**
	 * The '<em><b>SAFETY PRODUCTION LICENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_PRODUCTION_LICENCE_VALUE
	 * @generated
	 * @ordered
	 */
	SAFETY_PRODUCTION_LICENCE(1, "SAFETY_PRODUCTION_LICENCE", "SAFETY_PRODUCTION_LICENCE"),

	/**
	 * The '<em><b>BUSINESS LICENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_LICENCE_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_LICENCE(2, "BUSINESS_LICENCE", "BUSINESS_LICENCE");

	/**
	 * The '<em><b>MINING LICENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINING_LICENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINING_LICENCE_VALUE = 0;

	/**
	 * The '<em><b>SAFETY PRODUCTION LICENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAFETY_PRODUCTION_LICENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAFETY_PRODUCTION_LICENCE_VALUE = 1;

	/**
	 * The '<em><b>BUSINESS LICENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_LICENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_LICENCE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Licence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LicenceKind[] VALUES_ARRAY =
		new LicenceKind[] {
			MINING_LICENCE,
			SAFETY_PRODUCTION_LICENCE,
			BUSINESS_LICENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Licence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LicenceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Licence Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LicenceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Licence Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LicenceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Licence Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LicenceKind get(int value) {
		switch (value) {
			case MINING_LICENCE_VALUE: return MINING_LICENCE;
			case SAFETY_PRODUCTION_LICENCE_VALUE: return SAFETY_PRODUCTION_LICENCE;
			case BUSINESS_LICENCE_VALUE: return BUSINESS_LICENCE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LicenceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LicenceKind
