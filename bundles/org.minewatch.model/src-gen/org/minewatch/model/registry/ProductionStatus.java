/**
 */
package org.minewatch.model.registry;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Production Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.registry.RegistryPackage#getProductionStatus()
 * @model
 * @generated
 */
public enum ProductionStatus implements Enumerator {
	/**
	 * The '<em><b>PRODUCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCING_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCING(0, "PRODUCING", "PRODUCING"),

	/**
	 * The '<em><b>CONSTRUCTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTRUCTING_VALUE
	 * @generated
	 * @ordered
	 */
	CONSTRUCTING(1, "CONSTRUCTING", "CONSTRUCTING"),

	/**
	 * The '<em><b>ORDERED TO STOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERED_TO_STOP_VALUE
	 * @generated
	 * @ordered
	 */
	ORDERED_TO_STOP(2, "ORDERED_TO_STOP", "ORDERED_TO_STOP"),

	/**
	 * The '<em><b>LONG TERM STOPPED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_STOPPED_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_TERM_STOPPED(3, "LONG_TERM_STOPPED", "LONG_TERM_STOPPED"),

	/**
	 * The '<em><b>LISTED FOR EXIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED_FOR_EXIT_VALUE
	 * @generated
	 * @ordered
	 */
	LISTED_FOR_EXIT(4, "LISTED_FOR_EXIT", "LISTED_FOR_EXIT"),

	/**
	 * The '<em><b>CLOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSED(5, "CLOSED", "CLOSED");

	/**
	 * The '<em><b>PRODUCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCING_VALUE = 0;

	/**
	 * The '<em><b>CONSTRUCTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSTRUCTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSTRUCTING_VALUE = 1;

	/**
	 * The '<em><b>ORDERED TO STOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERED_TO_STOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORDERED_TO_STOP_VALUE = 2;

	/**
	 * The '<em><b>LONG TERM STOPPED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_STOPPED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LONG_TERM_STOPPED_VALUE = 3;

	/**
	 * The '<em><b>LISTED FOR EXIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTED_FOR_EXIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTED_FOR_EXIT_VALUE = 4;

	/**
	 * The '<em><b>CLOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Production Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProductionStatus[] VALUES_ARRAY =
		new ProductionStatus[] {
			PRODUCING,
			CONSTRUCTING,
			ORDERED_TO_STOP,
			LONG_TERM_STOPPED,
			LISTED_FOR_EXIT,
			CLOSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Production Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProductionStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Production Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductionStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Production Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProductionStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Production Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProductionStatus get(int value) {
		switch (value) {
			case PRODUCING_VALUE: return PRODUCING;
			case CONSTRUCTING_VALUE: return CONSTRUCTING;
			case ORDERED_TO_STOP_VALUE: return ORDERED_TO_STOP;
			case LONG_TERM_STOPPED_VALUE: return LONG_TERM_STOPPED;
			case LISTED_FOR_EXIT_VALUE: return LISTED_FOR_EXIT;
			case CLOSED_VALUE: return CLOSED;
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
	private ProductionStatus(int value, String name, String literal) {
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
	
} //ProductionStatus
