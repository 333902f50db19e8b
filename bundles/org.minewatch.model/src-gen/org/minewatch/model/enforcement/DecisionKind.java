/**
 */
package org.minewatch.model.enforcement;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Decision Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.enforcement.EnforcementPackage#getDecisionKind()
 * @model
 * @generated
 */
public enum DecisionKind implements Enumerator {
	/**
	 * The '<em><b>CORRECT NOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_NOW_VALUE
	 * @generated
	 * @ordered
	 */
	CORRECT_NOW(0, "CORRECT_NOW", "CORRECT_NOW"),

	/**
	 * The '<em><b>CORRECT ON SPOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_ON_SPOT_VALUE
	 * @generated
	 * @ordered
	 */
	CORRECT_ON_SPOT(1, "CORRECT_ON_SPOT", "CORRECT_ON_SPOT"),

	/**
	 * The '<em><b>CORRECT BY DEADLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_BY_DEADLINE_VALUE
	 * @generated
	 * @ordered
	 */
	CORRECT_BY_DEADLINE(2, "CORRECT_BY_DEADLINE", "CORRECT_BY_DEADLINE"),

	/**
	 * The '<em><b>STOP WORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_WORK_VALUE
	 * @generated
	 * @ordered
	 */
	STOP_WORK(3, "STOP_WORK", "STOP_WORK"),

	/**
	 * The '<em><b>STOP USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_USE_VALUE
	 * @generated
	 * @ordered
	 */
	STOP_USE(4, "STOP_USE", "STOP_USE"),

	/**
	 * The '<em><b>STOP PRODUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_PRODUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	STOP_PRODUCTION(5, "STOP_PRODUCTION", "STOP_PRODUCTION"),

	/**
	 * The '<em><b>PENALTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY_VALUE
	 * @generated
	 * @ordered
	 */
	PENALTY(6, "PENALTY", "PENALTY");

	/**
	 * The '<em><b>CORRECT NOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_NOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORRECT_NOW_VALUE = 0;

	/**
	 * The '<em><b>CORRECT ON SPOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_ON_SPOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORRECT_ON_SPOT_VALUE = 1;

	/**
	 * The '<em><b>CORRECT BY DEADLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORRECT_BY_DEADLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORRECT_BY_DEADLINE_VALUE = 2;

	/**
	 * The '<em><b>STOP WORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_WORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOP_WORK_VALUE = 3;

	/**
	 * The '<em><b>STOP USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_USE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOP_USE_VALUE = 4;

	/**
	 * The '<em><b>STOP PRODUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STOP_PRODUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STOP_PRODUCTION_VALUE = 5;

	/**
	 * The '<em><b>PENALTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PENALTY_VALUE = 6;

	/**
	 * An array of all the '<em><b>Decision Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DecisionKind[] VALUES_ARRAY =
		new DecisionKind[] {
			CORRECT_NOW,
			CORRECT_ON_SPOT,
			CORRECT_BY_DEADLINE,
			STOP_WORK,
			STOP_USE,
			STOP_PRODUCTION,
			PENALTY,
		};

	/**
	 * A public read-only list of all the '<em><b>Decision Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DecisionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Decision Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecisionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DecisionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Decision Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DecisionKind get(int value) {
		switch (value) {
			case CORRECT_NOW_VALUE: return CORRECT_NOW;
			case CORRECT_ON_SPOT_VALUE: return CORRECT_ON_SPOT;
			case CORRECT_BY_DEADLINE_VALUE: return CORRECT_BY_DEADLINE;
			case STOP_WORK_VALUE: return STOP_WORK;
			case STOP_USE_VALUE: return STOP_USE;
			case STOP_PRODUCTION_VALUE: return STOP_PRODUCTION;
			case PENALTY_VALUE: return PENALTY;
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
	private DecisionKind(int value, String name, String literal) {
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
	
} //DecisionKind
