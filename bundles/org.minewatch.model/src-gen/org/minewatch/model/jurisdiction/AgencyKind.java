/**
 */
package org.minewatch.model.jurisdiction;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Agency Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.jurisdiction.JurisdictionPackage#getAgencyKind()
 * @model
 * @generated
 */
public enum AgencyKind implements Enumerator {
	/**
	 * The '<em><b>NATIONAL BUREAU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_BUREAU_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_BUREAU(0, "NATIONAL_BUREAU", "NATIONAL_BUREAU"),

	/**
	 * The '<em><b>PROVINCIAL SUPERVISION BUREAU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SUPERVISION_BUREAU_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_SUPERVISION_BUREAU(1, "PROVINCIAL_SUPERVISION_BUREAU", "PROVINCIAL_SUPERVISION_BUREAU"),

	/**
	 * The '<em><b>SUPERVISION SUB BUREAU</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_SUB_BUREAU_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION_SUB_BUREAU(2, "SUPERVISION_SUB_BUREAU", "SUPERVISION_SUB_BUREAU"),

	/**
	 * The '<em><b>LOCAL REGULATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_REGULATOR_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_REGULATOR(3, "LOCAL_REGULATOR", "LOCAL_REGULATOR");

	/**
	 * The '<em><b>NATIONAL BUREAU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_BUREAU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_BUREAU_VALUE = 0;

	/**
	 * The '<em><b>PROVINCIAL SUPERVISION BUREAU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_SUPERVISION_BUREAU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_SUPERVISION_BUREAU_VALUE = 1;

	/**
	 * The '<em><b>SUPERVISION SUB BUREAU</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_SUB_BUREAU
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_SUB_BUREAU_VALUE = 2;

	/**
	 * The '<em><b>LOCAL REGULATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_REGULATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_REGULATOR_VALUE = 3;

	/**
	 * An array of all the '<em><b>Agency Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgencyKind[] VALUES_ARRAY =
		new AgencyKind[] {
			NATIONAL_BUREAU,
			PROVINCIAL_SUPERVISION_BUREAU,
			SUPERVISION_SUB_BUREAU,
			LOCAL_REGULATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Agency Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgencyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Agency Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgencyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agency Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AgencyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Agency Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgencyKind get(int value) {
		switch (value) {
			case NATIONAL_BUREAU_VALUE: return NATIONAL_BUREAU;
			case PROVINCIAL_SUPERVISION_BUREAU_VALUE: return PROVINCIAL_SUPERVISION_BUREAU;
			case SUPERVISION_SUB_BUREAU_VALUE: return SUPERVISION_SUB_BUREAU;
			case LOCAL_REGULATOR_VALUE: return LOCAL_REGULATOR;
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
	private AgencyKind(int value, String name, String literal) {
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
	
} //AgencyKind
