/**
 */
package org.minewatch.model.enforcement;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Document Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.minewatch.model.enforcement.EnforcementPackage#getDocumentKind()
 * @model
 * @generated
 */
public enum DocumentKind implements Enumerator {
	/**
	 * The '<em><b>ON SITE INSPECTION RECORD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_INSPECTION_RECORD_VALUE
	 * @generated
	 * @ordered
	 */
	ON_SITE_INSPECTION_RECORD(0, "ON_SITE_INSPECTION_RECORD", "ON_SITE_INSPECTION_RECORD"),

	/**
	 * The '<em><b>ON SITE HANDLING DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_HANDLING_DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	ON_SITE_HANDLING_DECISION(1, "ON_SITE_HANDLING_DECISION", "ON_SITE_HANDLING_DECISION"),

	/**
	 * The '<em><b>ORDER TO CORRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER_TO_CORRECT_VALUE
	 * @generated
	 * @ordered
	 */
	ORDER_TO_CORRECT(2, "ORDER_TO_CORRECT", "ORDER_TO_CORRECT"),

	/**
	 * The '<em><b>RECTIFICATION RECHECK OPINION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECTIFICATION_RECHECK_OPINION_VALUE
	 * @generated
	 * @ordered
	 */
	RECTIFICATION_RECHECK_OPINION(3, "RECTIFICATION_RECHECK_OPINION", "RECTIFICATION_RECHECK_OPINION"),

	/**
	 * The '<em><b>ORDER TO STOP AND RECTIFY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER_TO_STOP_AND_RECTIFY_VALUE
	 * @generated
	 * @ordered
	 */
	ORDER_TO_STOP_AND_RECTIFY(4, "ORDER_TO_STOP_AND_RECTIFY", "ORDER_TO_STOP_AND_RECTIFY"),

	/**
	 * The '<em><b>PENALTY NOTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY_NOTICE_VALUE
	 * @generated
	 * @ordered
	 */
	PENALTY_NOTICE(5, "PENALTY_NOTICE", "PENALTY_NOTICE"),

	/**
	 * The '<em><b>PENALTY DECISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY_DECISION_VALUE
	 * @generated
	 * @ordered
	 */
	PENALTY_DECISION(6, "PENALTY_DECISION", "PENALTY_DECISION"),

	/**
	 * The '<em><b>ADVICE TO GOVERNMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_TO_GOVERNMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ADVICE_TO_GOVERNMENT(7, "ADVICE_TO_GOVERNMENT", "ADVICE_TO_GOVERNMENT");

	/**
	 * The '<em><b>ON SITE INSPECTION RECORD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_INSPECTION_RECORD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_SITE_INSPECTION_RECORD_VALUE = 0;

	/**
	 * The '<em><b>ON SITE HANDLING DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_SITE_HANDLING_DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_SITE_HANDLING_DECISION_VALUE = 1;

	/**
	 * The '<em><b>ORDER TO CORRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER_TO_CORRECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORDER_TO_CORRECT_VALUE = 2;

	/**
	 * The '<em><b>RECTIFICATION RECHECK OPINION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECTIFICATION_RECHECK_OPINION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECTIFICATION_RECHECK_OPINION_VALUE = 3;

	/**
	 * The '<em><b>ORDER TO STOP AND RECTIFY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDER_TO_STOP_AND_RECTIFY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORDER_TO_STOP_AND_RECTIFY_VALUE = 4;

	/**
	 * The '<em><b>PENALTY NOTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY_NOTICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PENALTY_NOTICE_VALUE = 5;

	/**
	 * The '<em><b>PENALTY DECISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENALTY_DECISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PENALTY_DECISION_VALUE = 6;

	/**
	 * The '<em><b>ADVICE TO GOVERNMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVICE_TO_GOVERNMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVICE_TO_GOVERNMENT_VALUE = 7;

	/**
	 * An array of all the '<em><b>Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DocumentKind[] VALUES_ARRAY =
		new DocumentKind[] {
			ON_SITE_INSPECTION_RECORD,
			ON_SITE_HANDLING_DECISION,
			ORDER_TO_CORRECT,
			RECTIFICATION_RECHECK_OPINION,
			ORDER_TO_STOP_AND_RECTIFY,
			PENALTY_NOTICE,
			PENALTY_DECISION,
			ADVICE_TO_GOVERNMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Document Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DocumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DocumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Document Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DocumentKind get(int value) {
		switch (value) {
			case ON_SITE_INSPECTION_RECORD_VALUE: return ON_SITE_INSPECTION_RECORD;
			case ON_SITE_HANDLING_DECISION_VALUE: return ON_SITE_HANDLING_DECISION;
			case ORDER_TO_CORRECT_VALUE: return ORDER_TO_CORRECT;
			case RECTIFICATION_RECHECK_OPINION_VALUE: return RECTIFICATION_RECHECK_OPINION;
			case ORDER_TO_STOP_AND_RECTIFY_VALUE: return ORDER_TO_STOP_AND_RECTIFY;
			case PENALTY_NOTICE_VALUE: return PENALTY_NOTICE;
			case PENALTY_DECISION_VALUE: return PENALTY_DECISION;
			case ADVICE_TO_GOVERNMENT_VALUE: return ADVICE_TO_GOVERNMENT;
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
	private DocumentKind(int value, String name, String literal) {
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
	
} //DocumentKind
