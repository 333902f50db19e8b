/**
 */
package org.minewatch.model.inspection;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.inspection.InspectionPackage#getInspectionKind()
 * @model
 * @generated
 */
public enum InspectionKind implements Enumerator {
	/**
	 * The '<em><b>SELF INSPECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_INSPECTION_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_INSPECTION(0, "SELF_INSPECTION", "SELF_INSPECTION"),

	/**
	 * The '<em><b>REGULATORY INVESTIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_INVESTIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	REGULATORY_INVESTIGATION(1, "REGULATORY_INVESTIGATION", "REGULATORY_INVESTIGATION"),

	/**
	 * The '<em><b>STATE ENFORCEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_ENFORCEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_ENFORCEMENT(2, "STATE_ENFORCEMENT", "STATE_ENFORCEMENT");

	/**
	 * The '<em><b>SELF INSPECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_INSPECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_INSPECTION_VALUE = 0;

	/**
	 * The '<em><b>REGULATORY INVESTIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULATORY_INVESTIGATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULATORY_INVESTIGATION_VALUE = 1;

	/**
	 * The '<em><b>STATE ENFORCEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_ENFORCEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_ENFORCEMENT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InspectionKind[] VALUES_ARRAY =
		new InspectionKind[] {
			SELF_INSPECTION,
			REGULATORY_INVESTIGATION,
			STATE_ENFORCEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InspectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InspectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InspectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InspectionKind get(int value) {
		switch (value) {
			case SELF_INSPECTION_VALUE: return SELF_INSPECTION;
			case REGULATORY_INVESTIGATION_VALUE: return REGULATORY_INVESTIGATION;
			case STATE_ENFORCEMENT_VALUE: return STATE_ENFORCEMENT;
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
	private InspectionKind(int value, String name, String literal) {
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
	
} //InspectionKind
